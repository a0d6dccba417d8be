import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueOf } from '../../../src/lib/archive/catalogue.ts';
import type { Archive } from '../../../src/lib/archive/types.ts';
import { dataFiles } from '../../../src/lib/publish/data-files.ts';
import { feedUrls, yearFeed } from '../../../src/lib/publish/feeds.ts';
import { sitemapFiles } from '../../../src/lib/publish/sitemap.ts';
import { verifySite } from '../../../src/lib/publish/verify.ts';
import { buildSearchIndex } from '../../../src/lib/search/build/build-index.ts';
import { indexInputOf, indexVersionOf } from '../../../src/lib/search/build/index-input.ts';
import { siteUrls } from '../../../src/lib/site/urls.ts';
import { loadFixtureArchive } from '../../helpers/temp-archive.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const archive = await loadFixtureArchive();
const origin = 'https://example.org';

function write(outDir: string, path: string, text: string | Uint8Array): void {
  const file = join(outDir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/**
 * The smallest site that holds everything verifySite looks for: report pages
 * with their hashes and anchors, a home page linking into them, the sitemap,
 * the year feeds, the data files and the search index.
 */
function smallSite(source: Archive, base = '/', urlsPerSitemap?: number): string {
  const outDir = tempDir('verify-site-');
  const urls = siteUrls(base);
  const local = (path: string) => path.slice(base.length);
  for (const report of source.reports) {
    const anchors = report.sections.map((section) => `<h2 id="${section.id}">${section.heading ?? ''}</h2>`);
    write(
      outDir,
      `${local(urls.report(report.slug))}index.html`,
      `<main><p>SHA-256 ${report.sha256}</p>${anchors.join('')}<a href="${urls.home}">首页</a></main>`,
    );
  }
  const links = source.reports.map(
    (report) => `<a href="${urls.section(report.slug, report.sections.at(-1)!.id)}">${report.meta.title}</a>`,
  );
  write(outDir, 'index.html', `<main>${links.join('')}<a href="https://example.org/">外链</a></main>`);
  const pages = [urls.home, ...source.reports.map((report) => urls.report(report.slug))];
  for (const [name, xml] of sitemapFiles(pages, origin, base, urlsPerSitemap)) write(outDir, name, xml);
  for (const year of new Set(source.reports.map((report) => report.meta.year))) {
    write(outDir, local(feedUrls(urls).year(year)), yearFeed(catalogueOf(source), year, urls, origin));
  }
  for (const [name, file] of Object.entries(dataFiles))
    write(outDir, `data/${name}`, file.render(catalogueOf(source), urls, origin));
  const input = indexInputOf(source);
  for (const [name, bytes] of buildSearchIndex(input).files) {
    write(outDir, `search-index/${indexVersionOf(input, 'code')}/${name}`, bytes);
  }
  return outDir;
}

const messages = async (outDir: string, base = '/') =>
  (await verifySite(archive, outDir, base)).map((problem) => `${problem.subject}: ${problem.message}`);

describe('verifying a built site against its content', () => {
  it('finds nothing wrong with a complete site', async () => {
    expect(await messages(smallSite(archive))).toEqual([]);
  });

  it('finds nothing wrong with a complete site under a base path', async () => {
    expect(await messages(smallSite(archive, '/archive/'), '/archive/')).toEqual([]);
  });

  it('names a missing report page, and a page whose hash is not its file’s', async () => {
    const outDir = smallSite(archive);
    const [first, second] = archive.reports;
    rmSync(join(outDir, 'reports', first!.slug), { recursive: true });
    write(outDir, `reports/${second!.slug}/index.html`, '<main>SHA-256 0000</main>');
    const found = await messages(outDir);
    expect(found).toContain(
      `tests/fixtures/archive/reports/2021/${first!.slug}.md: 缺少报告页面 /reports/${first!.slug}/`,
    );
    expect(found.filter((message) => message.includes('页面上的 SHA-256 与源文件不符'))).toHaveLength(1);
    // The removed page's anchors went with it, so the home page's link into it is broken too.
    expect(found).toContain(`index.html: 链接指向不存在的页面：/reports/${first!.slug}/#${first!.sections.at(-1)!.id}`);
  });

  it('names a report left out of the sitemap, its year’s feed, the data export or the manifest', async () => {
    const outDir = smallSite(archive);
    const reduced = { ...archive, reports: archive.reports.slice(1) };
    const fresh = smallSite(reduced);
    for (const path of ['sitemap.xml', 'data/reports.json', 'data/manifest.json']) {
      rmSync(join(outDir, path));
      write(outDir, path, readText(fresh, path));
    }
    const year = archive.reports[0]!.meta.year;
    const feed = feedUrls(siteUrls('/')).year(year).slice(1);
    write(outDir, feed, yearFeed(catalogueOf(reduced), year, siteUrls('/'), origin));
    const missing = (await messages(outDir)).filter((message) => message.includes(archive.reports[0]!.slug));
    expect(missing.map((message) => message.split(': ')[1])).toEqual([
      `sitemap.xml 中没有 /reports/${archive.reports[0]!.slug}/`,
      '年份订阅源中没有这篇报告',
      'data/reports.json 中缺少这篇报告或哈希不符',
      'data/manifest.json 中缺少这篇报告或哈希不符',
    ]);
  });

  it('follows a sitemap index into its files, and names a file the index lists that is missing', async () => {
    const outDir = smallSite(archive, '/', 2);
    expect(readText(outDir, 'sitemap.xml')).toContain('<sitemapindex');
    expect(await messages(outDir)).toEqual([]);
    rmSync(join(outDir, 'sitemap-2.xml'));
    const found = await messages(outDir);
    expect(found).toContain('sitemap.xml: 索引列出的 /sitemap-2.xml 不存在');
    expect(found.filter((message) => message.includes('sitemap.xml 中没有')).length).toBeGreaterThan(0);
  });

  it('names a site without sitemap or search index', async () => {
    const outDir = smallSite(archive);
    rmSync(join(outDir, 'sitemap.xml'));
    rmSync(join(outDir, 'search-index'), { recursive: true });
    const found = await messages(outDir);
    expect(found).toContain('sitemap.xml: 缺少 sitemap.xml');
    expect(found).toContain('search-index: 缺少检索索引');
  });

  it('names a report the search index cannot find', async () => {
    const outDir = smallSite(archive);
    const others = { ...archive, reports: archive.reports.slice(1) };
    rmSync(join(outDir, 'search-index'), { recursive: true });
    const input = indexInputOf(others);
    for (const [name, bytes] of buildSearchIndex(input).files) {
      write(outDir, `search-index/${indexVersionOf(input, 'code')}/${name}`, bytes);
    }
    const first = archive.reports[0]!;
    expect(await messages(outDir)).toContain(
      `tests/fixtures/archive/reports/2021/${first.slug}.md: 检索索引中找不到这篇报告`,
    );
  });

  it('names every broken internal link and anchor, and skips external ones', async () => {
    const outDir = smallSite(archive);
    const slug = archive.reports[0]!.slug;
    write(
      outDir,
      'about/index.html',
      `<a href="/nowhere/">甲</a><a href="/reports/${slug}/#no-such-anchor">乙</a>` +
        '<a href="#top">丙</a><a href="mailto:a@example.org">丁</a><a href="?q=教师">戊</a><img src="/img/none.webp">',
    );
    expect(await messages(outDir)).toEqual([
      'about/index.html: 链接指向不存在的页面：/nowhere/',
      `about/index.html: 链接指向不存在的锚点：/reports/${slug}/#no-such-anchor`,
      'about/index.html: 链接指向不存在的锚点：#top',
      'about/index.html: 链接指向不存在的页面：/img/none.webp',
    ]);
  });
});

function readText(outDir: string, path: string): string {
  return readFileSync(join(outDir, path), 'utf8');
}
