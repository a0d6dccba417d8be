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

/** Opens a search address and notes every status the page says, with how many results were listed then. */
async function searchNoting(address: string) {
  const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    const said: { text: string; listed: number }[] = [];
    (window as unknown as { said: typeof said }).said = said;
    document.addEventListener('DOMContentLoaded', () => {
      const status = document.getElementById('search-status')!;
      new MutationObserver(() =>
        said.push({ text: status.textContent ?? '', listed: document.querySelectorAll('.result').length }),
      ).observe(status, { childList: true, characterData: true, subtree: true });
    });
  });
  await page.goto(`${site.url}${address}`);
  await page.locator('#search-status', { hasText: /^找到/ }).waitFor();
  const notes = await page.evaluate(() => (window as unknown as { said: { text: string; listed: number }[] }).said);
  return { page, errors, said: notes.map((note) => note.text), notes };
}

describe('a common phrase read segment by segment', async () => {
  const index = await SearchIndex.open(memorySource(buildSearchIndex(indexInputOf(archive), layout).files));
  const titlesOf = (hits: { report: number }[]) =>
    hits.slice(0, 10).map((hit) => archive.reports[hit.report]!.meta.title);

  it('lists the newest segment’s results first, says how far it has searched, then lists them all', async () => {
    expect(await index.isSegmented('b:教育')).toBe(true);
    const expected = await runSearch(index, { terms: parseQuery('教育'), filters: {}, sort: 'relevance' });
    const { page, errors, said } = await searchNoting('/search/?q=教育');
    const partial = said.filter((text) => text.startsWith('已在最新的'));
    expect(partial.length).toBeGreaterThan(0);
    expect(partial[0]).toMatch(/^已在最新的 \d+% 内容中找到 \d+ 篇报告，正在检索其余的内容…$/);
    // Later segments only move the share searched on.
    expect(partial.slice(1).every((text) => /（已检索 \d+%）…$/.test(text))).toBe(true);
    expect(said.at(-1)).toBe(`找到 ${expected.hits.length} 篇报告，共 ${expected.sectionCount} 节含有检索词。`);
    const titles = await page.locator('.result__title').allTextContents();
    expect(titles).toEqual(titlesOf(expected.hits));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists every result in the end when the newest segment has none that pass the filters', async () => {
    const all = await runSearch(index, { terms: parseQuery('教育'), filters: {}, sort: 'relevance' });
    const oldest = Math.min(...all.hits.map((hit) => index.yearOf(hit.report) ?? Infinity));
    const filters = { year: [String(oldest)] };
    const expected = await runSearch(index, { terms: parseQuery('教育'), filters, sort: 'relevance' });
    expect(expected.hits.length).toBeGreaterThan(0);
    const { page, errors, said, notes } = await searchNoting(`/search/?q=教育&year=${oldest}`);
    const first = notes.find((note) => note.text.startsWith('最新的'));
    expect(first).toMatchObject({ listed: 0 });
    expect(first!.text).toMatch(/^最新的 \d+% 内容中没有找到，正在检索其余的内容…$/);
    expect(said.at(-1)).toBe(`找到 ${expected.hits.length} 篇报告，共 ${expected.sectionCount} 节含有检索词。`);
    await expect(page.locator('.result__title').allTextContents()).resolves.toEqual(titlesOf(expected.hits));
    expect(errors).toEqual([]);
    await page.close();
  });
});
