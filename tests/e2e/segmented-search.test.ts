import { cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSearchIndex } from '../../src/lib/search/build/build-index.ts';
import { indexInputOf } from '../../src/lib/search/build/index-input.ts';
import { memorySource } from '../../src/lib/search/build/memory-source.ts';
import { indexFolder } from '../../src/lib/search/format.ts';
import { parseQuery } from '../../src/lib/search/read/parse-query.ts';
import { runSearch } from '../../src/lib/search/read/run-search.ts';
import { SearchIndex } from '../../src/lib/search/read/search-index.ts';
import { openSite, type SiteInBrowser } from '../helpers/site-in-browser.ts';
import { loadFixtureArchive } from '../helpers/temp-archive.ts';
import { tempDir } from '../helpers/temp-dir.ts';

/**
 * The fixture site with its index rebuilt in section pages of two, so that
 * common terms are stored in segments as they are in a large archive, and
 * the page reads them segment by segment.
 */
let site: SiteInBrowser;
const layout = { sectionsPerPage: 2, segmentFrom: 2 };
const archive = await loadFixtureArchive();

beforeAll(async () => {
  const outDir = join(tempDir('segmented-site-'), 'dist');
  cpSync(inject('fixtureSite'), outDir, { recursive: true });
  const [version] = readdirSync(join(outDir, indexFolder));
  const folder = join(outDir, indexFolder, version!);
  for (const name of readdirSync(folder)) rmSync(join(folder, name));
  for (const [name, bytes] of buildSearchIndex(indexInputOf(archive), layout).files)
    writeFileSync(join(folder, name), bytes);
  site = await openSite(outDir);
});

afterAll(() => site?.close());

describe('a common phrase read segment by segment', () => {
  it('lists the newest segment’s results first, says how far it has searched, then lists them all', async () => {
    const index = await SearchIndex.open(memorySource(buildSearchIndex(indexInputOf(archive), layout).files));
    expect(await index.isSegmented('b:教育')).toBe(true);
    const expected = await runSearch(index, { terms: parseQuery('教育'), filters: {}, sort: 'relevance' });

    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => {
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      document.addEventListener('DOMContentLoaded', () => {
        const status = document.getElementById('search-status')!;
        new MutationObserver(() => said.push(status.textContent ?? '')).observe(status, {
          childList: true,
          characterData: true,
          subtree: true,
        });
      });
    });
    await page.goto(`${site.url}/search/?q=教育`);
    await page.locator('#search-status', { hasText: /^找到/ }).waitFor();
    const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
    const partial = said.filter((text) => text.startsWith('已在最新的'));
    expect(partial.length).toBeGreaterThan(0);
    expect(partial[0]).toMatch(/^已在最新的 \d+% 内容中找到 \d+ 篇报告，正在检索其余的内容…$/);
    // Later segments only move the share searched on.
    expect(partial.slice(1).every((text) => /（已检索 \d+%）…$/.test(text))).toBe(true);
    expect(said.at(-1)).toBe(`找到 ${expected.hits.length} 篇报告，共 ${expected.sectionCount} 节含有检索词。`);
    const titles = await page.locator('.result__title').allTextContents();
    expect(titles).toEqual(expected.hits.slice(0, 10).map((hit) => archive.reports[hit.report]!.meta.title));
    expect(errors).toEqual([]);
    await page.close();
  });
});
