import type { SiteConfig } from '../schema/site.ts';

/**
 * Where the site is published, when that is known: site.yml's `url`, else
 * ARCHIVE_SITE_URL (the deploy workflow sets it). Canonical links use only
 * this; a local build has none.
 */
export function publicOrigin(site: SiteConfig, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const url = site.url ?? env['ARCHIVE_SITE_URL'];
  return url ? new URL(url).origin : undefined;
}

/** The origin for the absolute addresses feeds, sitemaps and citations need: the public one, else the local preview server. */
export function siteOrigin(site: SiteConfig, env: NodeJS.ProcessEnv = process.env): string {
  return publicOrigin(site, env) ?? 'http://localhost:4321';
}

/** The address search engines should file a page under; none when the site does not know where it is published. */
export function canonicalUrl(site: SiteConfig, path: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const origin = publicOrigin(site, env);
  return origin ? absoluteUrl(origin, path) : undefined;
}

/** A site path (which already carries the base path) as an absolute address. */
export function absoluteUrl(origin: string, path: string): string {
  return new URL(path, origin).href;
}
