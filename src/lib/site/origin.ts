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

/** A site path (which already carries the base path) as an absolute address. */
export function absoluteUrl(origin: string, path: string): string {
  return new URL(path, origin).href;
}
