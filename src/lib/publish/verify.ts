import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Archive, Report } from '../archive/types.ts';
import { runSearch } from '../search/read/run-search.ts';
import { indexFolder, searchableText } from '../search/format.ts';
import { directorySource, findIndexDirectory } from '../search/build/directory-source.ts';
import { foldText } from '../text/fold.ts';
import { SearchIndex } from '../search/read/search-index.ts';
import { displayPath } from '../validation/diagnostic.ts';
import { siteUrls } from '../site/urls.ts';
import { feedUrls } from './feeds.ts';
import { sitemapParts } from './sitemap.ts';

interface VerifyProblem {
  /** The report or page concerned. */
  subject: string;
  message: string;
}

/** A site path as the file that serves it. */
function fileOf(outDir: string, base: string, path: string): string {
  const local = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
  return join(outDir, local.endsWith('/') || local === '' ? `${local}index.html` : local);
}

function allFiles(folder: string, extension: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => join(entry.parentPath, entry.name));
}

const idPattern = /\sid="([^"]+)"/g;
const linkPattern = /\s(?:href|src)="([^"]+)"/g;

/**
 * Candidate phrases for finding a report in the search index: twelve
 * characters from the middle of its longest runs of Chinese characters (no
 * spaces, punctuation, letters or digits, which search treats specially). The
 * first that returns only this report is its unique token.
 */
function tokensOf(report: Report): string[] {
  const runs = report.sections
    .flatMap((section) => searchableText(section.heading, section.text).split(/\P{Script=Han}+/u))
    .filter((run) => run.length >= 4)
    .sort((a, b) => b.length - a.length)
    .slice(0, 5);
  const tokens = runs.map((run) => {
    const start = Math.max(0, Math.floor(run.length / 2) - 6);
    return run.slice(start, start + 12);
  });
  return tokens.length > 0 ? tokens : [report.meta.title];
}

/**
 * Checks a built site against the content it was built from: every report has
 * its page (showing the right SHA-256), is in the sitemap, its year's feed, the
 * data export, the fixity manifest and the search index; every internal link
 * and anchor of every page resolves. Returns every problem found.
 */
export async function verifySite(archive: Archive, outDir: string, base = '/'): Promise<VerifyProblem[]> {
  const root = base.endsWith('/') ? base : `${base}/`;
  const urls = siteUrls(root);
  const problems: VerifyProblem[] = [];
  const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);

  const sitemapIndex = read(join(outDir, 'sitemap.xml')) ?? '';
  if (!sitemapIndex) problems.push({ subject: 'sitemap.xml', message: '缺少 sitemap.xml' });
  const sitemapTexts = [sitemapIndex];
  for (const part of sitemapParts(sitemapIndex)) {
    const text = read(fileOf(outDir, root, part));
    if (text === undefined) problems.push({ subject: 'sitemap.xml', message: `索引列出的 ${part} 不存在` });
    else sitemapTexts.push(text);
  }
  const sitemap = sitemapTexts.join('\n');
  const exported = JSON.parse(read(join(outDir, 'data/reports.json')) ?? '[]') as { slug: string; sha256: string }[];
  const exportedHash = new Map(exported.map((row) => [row.slug, row.sha256]));
  const manifest = JSON.parse(read(join(outDir, 'data/manifest.json')) ?? '{"reports":[]}') as {
    reports: { slug: string; sha256: string }[];
  };
  const manifestHash = new Map(manifest.reports.map((row) => [row.slug, row.sha256]));
  const feeds = new Map<string, string>();
  const feedOf = (path: string) => {
    if (!feeds.has(path)) feeds.set(path, read(fileOf(outDir, root, path)) ?? '');
    return feeds.get(path)!;
  };

  const indexDir = findIndexDirectory(outDir);
  const index = indexDir ? await SearchIndex.open(directorySource(indexDir)) : undefined;
  if (!index) problems.push({ subject: indexFolder, message: '缺少检索索引' });

  for (const [position, report] of archive.reports.entries()) {
    const path = urls.report(report.slug);
    const subject = displayPath(report.file);
    const page = read(fileOf(outDir, root, path));
    if (!page) problems.push({ subject, message: `缺少报告页面 ${path}` });
    else if (!page.includes(report.sha256))
      problems.push({ subject, message: `页面上的 SHA-256 与源文件不符（源文件在生成后改动过？）` });
    if (!sitemap.includes(`${path}</loc>`)) problems.push({ subject, message: `sitemap.xml 中没有 ${path}` });
    if (!feedOf(feedUrls(urls).year(report.meta.year)).includes(`${path}</id>`)) {
      problems.push({ subject, message: `年份订阅源中没有这篇报告` });
    }
    if (exportedHash.get(report.slug) !== report.sha256)
      problems.push({ subject, message: 'data/reports.json 中缺少这篇报告或哈希不符' });
    if (manifestHash.get(report.slug) !== report.sha256)
      problems.push({ subject, message: 'data/manifest.json 中缺少这篇报告或哈希不符' });
    if (index) {
      let found = false;
      for (const token of tokensOf(report)) {
        const outcome = await runSearch(index, {
          terms: [{ text: token, folded: foldText(token) }],
          filters: {},
          sort: 'relevance',
        });
        found ||= outcome.hits.some((hit) => hit.report === position);
        if (found && outcome.hits.length === 1) break;
      }
      if (!found) problems.push({ subject, message: '检索索引中找不到这篇报告' });
    }
  }

  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set([...(read(file) ?? '').matchAll(idPattern)].map((match) => match[1]!));
      ids.set(file, set);
    }
    return set;
  };
  for (const file of allFiles(outDir, '.html')) {
    const html = readFileSync(file, 'utf8');
    const subject = relative(outDir, file);
    for (const match of html.matchAll(linkPattern)) {
      const href = match[1]!.replace(/&amp;/g, '&');
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//') || href.startsWith('?')) continue;
      const [pathAndQuery, fragment] = href.split('#') as [string, string | undefined];
      const target = pathAndQuery.split('?')[0] ? fileOf(outDir, root, pathAndQuery.split('?')[0]!) : file;
      if (!existsSync(target)) {
        problems.push({ subject, message: `链接指向不存在的页面：${href}` });
      } else if (fragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment))) {
        problems.push({ subject, message: `链接指向不存在的锚点：${href}` });
      }
    }
  }
  return problems;
}
