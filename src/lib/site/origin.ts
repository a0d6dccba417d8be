import type { SiteConfig } from '../schema/site.ts';

/**
 * Where the site lives, for the absolute addresses feeds, sitemaps and
 * citations need: site.yml's `url`, else ARCHIVE_SITE_URL (the deploy workflow
 * sets it), else the local preview server.
 */
export function siteOrigin(site: SiteConfig, env: NodeJS.ProcessEnv = process.env): string {
  return new URL(site.url ?? env['ARCHIVE_SITE_URL'] ?? 'http://localhost:4321/').origin;
}

/** A site path (which already carries the base path) as an absolute address. */
export function absoluteUrl(origin: string, path: string): string {
  return new URL(path, origin).href;
}
