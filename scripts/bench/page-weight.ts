import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface PageWeight {
  /** Site path of the page weighed. */
  path: string;
  /** HTML plus the stylesheets it links, each gzipped as a server would send it. */
  kb: number;
  htmlKb: number;
  cssKb: number;
}

function gzipKb(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 6 }).length / 1024;
}

function weigh(siteDir: string, path: string): PageWeight {
  const html = readFileSync(join(siteDir, path, 'index.html'));
  const stylesheets = [...html.toString('utf8').matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map(
    (match) => match[1]!,
  );
  const htmlKb = gzipKb(html);
  const cssKb = stylesheets.reduce((sum, sheet) => sum + gzipKb(readFileSync(join(siteDir, sheet))), 0);
  return { path: `/${path}/`, kb: htmlKb + cssKb, htmlKb, cssKb };
}

/**
 * The transfer size of the report pages whose HTML is the median and the
 * largest in the site: what a reader on a phone downloads to read one report
 * (the pages need no script).
 */
export function reportPageWeights(siteDir: string): { median: PageWeight; largest: PageWeight } {
  const pages = readdirSync(join(siteDir, 'reports'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'page')
    .map((entry) => ({
      path: `reports/${entry.name}`,
      size: statSync(join(siteDir, 'reports', entry.name, 'index.html')).size,
    }))
    .sort((a, b) => a.size - b.size);
  return {
    median: weigh(siteDir, pages[Math.floor(pages.length / 2)]!.path),
    largest: weigh(siteDir, pages.at(-1)!.path),
  };
}
