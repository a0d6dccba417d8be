import { absoluteUrl } from '../site/origin.ts';
import { escapeXml } from './xml.ts';

/** The sitemap protocol's limit of addresses in one file. */
export const urlsPerSitemap = 50_000;

const header = '<?xml version="1.0" encoding="utf-8"?>';
const namespace = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';

function urlset(urls: readonly string[]): string {
  const entries = urls.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`);
  return [header, `<urlset ${namespace}>`, ...entries, '</urlset>', ''].join('\n');
}

/**
 * The sitemap files for every built page, by file name. Up to `perFile`
 * addresses it is one sitemap.xml; past that sitemap.xml becomes an index of
 * sitemap-1.xml, sitemap-2.xml … in sorted order, so robots.txt and search
 * consoles keep pointing at the same address however large the archive grows.
 */
export function sitemapFiles(
  paths: readonly string[],
  origin: string,
  root: string,
  perFile = urlsPerSitemap,
): Map<string, string> {
  const urls = [...new Set(paths)].sort().map((path) => absoluteUrl(origin, path));
  if (urls.length <= perFile) return new Map([['sitemap.xml', urlset(urls)]]);
  const files = new Map<string, string>();
  for (let start = 0; start < urls.length; start += perFile)
    files.set(`sitemap-${files.size + 1}.xml`, urlset(urls.slice(start, start + perFile)));
  const index = [...files.keys()].map(
    (name) => `  <sitemap><loc>${escapeXml(absoluteUrl(origin, `${root}${name}`))}</loc></sitemap>`,
  );
  return new Map([
    ['sitemap.xml', [header, `<sitemapindex ${namespace}>`, ...index, '</sitemapindex>', ''].join('\n')],
    ...files,
  ]);
}

/** The site paths of the sitemap files a sitemap index lists; none when the sitemap lists pages itself. */
export function sitemapParts(xml: string): string[] {
  if (!xml.includes('<sitemapindex')) return [];
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}

/** Where a site served under `base` has its pages: the base with one trailing slash. */
export function siteRoot(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/**
 * sitemap.xml (with its parts past the limit) and robots.txt, by file name,
 * for the pages at these paths below the site's root ('' for the home page,
 * 'about/'). Files such as feed.xml and the 404 page are not listed.
 */
export function sitemapAndRobots(pathnames: readonly string[], origin: string, root: string): Map<string, string> {
  const paths = pathnames
    .map((pathname) => `${root}${pathname}`)
    .filter((path) => !/\.\w+$/.test(path) && !path.endsWith('/404/'));
  const files = sitemapFiles(paths, origin, root);
  files.set('robots.txt', robotsTxt(absoluteUrl(origin, `${root}sitemap.xml`)));
  return files;
}
