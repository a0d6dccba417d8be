import { absoluteUrl } from '../site/origin.ts';
import { escapeXml } from './xml.ts';

/** Every built page, sorted, as a sitemap: with 50,000 addresses per file the limit is far off. */
export function sitemapXml(paths: readonly string[], origin: string): string {
  const urls = [...new Set(paths)]
    .sort()
    .map((path) => `  <url><loc>${escapeXml(absoluteUrl(origin, path))}</loc></url>`);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
