import { join } from 'node:path';
import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../../../src/lib/archive/load-archive.ts';
import type { Archive } from '../../../../src/lib/archive/types.ts';
import { resolveArchivePaths } from '../../../../src/lib/config/paths.ts';
import { writeCorpus } from '../../../../scripts/corpus/write-corpus.ts';
import { createRandom } from '../../../../scripts/corpus/random.ts';
import { buildSearchIndex } from '../../../../src/lib/search/build/build-index.ts';
import { indexInputOf } from '../../../../src/lib/search/build/index-input.ts';
import { memorySource } from '../../../../src/lib/search/build/memory-source.ts';
import { searchableText } from '../../../../src/lib/search/format.ts';
import type { IndexSource } from '../../../../src/lib/search/index-source.ts';
import { matchReports } from '../../../../src/lib/search/read/match-terms.ts';
import { filterAndRank, runSearch } from '../../../../src/lib/search/read/run-search.ts';
import { presentHits } from '../../../../src/lib/search/read/present-results.ts';
import { parseQuery } from '../../../../src/lib/search/read/parse-query.ts';
import { SearchIndex } from '../../../../src/lib/search/read/search-index.ts';
import { substringTruth } from '../../../../scripts/bench/search-quality.ts';
import { openIndexOf as openIndex } from '../../../helpers/search-index.ts';
import { loadFixtureArchive } from '../../../helpers/temp-archive.ts';
import { tempDir } from '../../../helpers/temp-dir.ts';

const now = new Date('2026-06-01');

async function resultMap(index: SearchIndex, query: string): Promise<Map<string, string[]>> {
  const terms = parseQuery(query);
  const outcome = await runSearch(index, { terms, filters: {}, sort: 'relevance' });
  const results = await presentHits(index, outcome, terms, { from: 0, to: outcome.hits.length }, { base: '/' });
  return new Map(results.map((result) => [result.slug, result.sections.map((section) => section.url.split('#')[1]!)]));
}

/** Queries drawn from the archive itself: substrings of every length, in both scripts, words, numbers, pairs. */
function sampleQueries(archive: Archive, count: number, seed: number): string[] {
  const random = createRandom(seed);
  const toTraditional = Converter({ from: 'cn', to: 'tw' });
  const texts = archive.reports.flatMap((report) => [
    report.meta.title,
    ...report.sections.map((section) => searchableText(section.heading, section.text)),
  ]);
  const queries = new Set<string>();
  while (queries.size < count) {
    const text = random.pick(texts).replace(/\s+/g, '');
    const length = random.int(1, 10);
    if (text.length < length) continue;
    const start = random.int(0, text.length - length);
    const piece = text.slice(start, start + length);
    const roll = random.next();
    if (roll < 0.15) queries.add(toTraditional(piece));
    else if (roll < 0.25) queries.add(`${piece} ${random.pick(texts).replace(/\s+/g, '').slice(0, random.int(2, 4))}`);
    else queries.add(piece);
  }
  for (const word of ['2020', '2021年', '12', 'GPS', 'xx', 'XX县', '5', '不存在的词语组合']) queries.add(word);
  return [...queries];
}

async function compareWithTruth(archive: Archive, index: SearchIndex, queries: readonly string[]) {
  const mismatches: string[] = [];
  for (const query of queries) {
    const expected = substringTruth(archive, parseQuery(query));
    const actual = await resultMap(index, query);
    const same =
      expected.size === actual.size &&
      [...expected].every(([slug, anchors]) => JSON.stringify(actual.get(slug)) === JSON.stringify(anchors));
    if (!same) mismatches.push(query);
  }
  return mismatches;
}

describe('exact search on the fixture archive', async () => {
  const archive = await loadFixtureArchive();
  const index = await openIndex(archive);

  it('finds Simplified text with Traditional queries and the reverse', async () => {
    expect([...(await resultMap(index, '教師')).keys()]).toEqual(
      expect.arrayContaining(['beicheng-2020-report', 'dongshan-2021-summary']),
    );
    expect([...(await resultMap(index, '资讯化')).keys()]).toEqual(['beicheng-2020-report']);
  });

  it('agrees with the substring definition on every sampled query', async () => {
    const queries = sampleQueries(archive, 300, 7);
    expect(await compareWithTruth(archive, index, queries)).toEqual([]);
  }, 60_000);

  it('puts title hits first', async () => {
    const outcome = await runSearch(index, { terms: parseQuery('东山县'), filters: {}, sort: 'relevance' });
    expect(outcome.hits[0]).toMatchObject({ titleHit: true });
  });
});

describe('exact search on a generated corpus', async () => {
  const folder = join(tempDir('corpus-'), 'content');
  await writeCorpus({ reports: 120, outDir: folder, seed: 3, topicsFile: resolveArchivePaths().topicsFile });
  const archive = await loadArchive({ paths: resolveArchivePaths({ ARCHIVE_CONTENT_DIR: folder }), now });

  it('agrees with the substring definition, whatever the bucket count and passes', async () => {
    const queries = sampleQueries(archive, 400, 11);
    const small = await openIndex(archive, { bucketBytes: 512, occurrencesPerPass: 200_000 });
    expect(await compareWithTruth(archive, small, queries)).toEqual([]);
  }, 60_000);

  it('agrees with the substring definition when common terms are read segment by segment', async () => {
    const queries = sampleQueries(archive, 400, 13);
    const segmented = await openIndex(archive, { sectionsPerPage: 256, segmentFrom: 40 });
    expect(segmented.segments.length).toBeGreaterThan(3);
    expect(await compareWithTruth(archive, segmented, queries)).toEqual([]);
  }, 60_000);

  it('filters with OR inside a facet and AND across facets, and counts values for the other facets', async () => {
    const index = await openIndex(archive);
    const terms = parseQuery('教育');
    const all = await runSearch(index, { terms, filters: {}, sort: 'relevance' });
    const filtered = await runSearch(index, {
      terms,
      filters: { type: ['summary', 'plan'], year: ['2010', '2011', '2012'] },
      sort: 'relevance',
    });
    const expected = all.hits.filter((hit) => {
      const report = archive.reports[hit.report]!;
      return ['summary', 'plan'].includes(report.meta.type) && [2010, 2011, 2012].includes(report.meta.year ?? 0);
    });
    expect(filtered.hits.map((hit) => hit.report).sort()).toEqual(expected.map((hit) => hit.report).sort());
    const typeFacet = index.manifest.facets.find((facet) => facet.key === 'type')!;
    const planCode = typeFacet.values.findIndex((value) => value.value === 'plan');
    const plansInYears = all.hits.filter(
      (hit) =>
        archive.reports[hit.report]!.meta.type === 'plan' &&
        [2010, 2011, 2012].includes(archive.reports[hit.report]!.meta.year ?? 0),
    );
    expect(filtered.facetCounts['type']!.get(planCode) ?? 0).toBe(plansInYears.length);
  });

  it('counts reports and sections per year as if no year were chosen, the other filters applied', async () => {
    const index = await openIndex(archive);
    const terms = parseQuery('教育');
    const all = await runSearch(index, { terms, filters: { type: ['summary'] }, sort: 'relevance' });
    const oneYear = await runSearch(index, {
      terms,
      filters: { type: ['summary'], year: ['2011'] },
      sort: 'relevance',
    });
    const expected = new Map<number | null, { reports: number; sections: number }>();
    for (const hit of all.hits) {
      const year = archive.reports[hit.report]!.meta.year;
      const entry = expected.get(year) ?? { reports: 0, sections: 0 };
      entry.reports += 1;
      entry.sections += hit.sections.length;
      expected.set(year, entry);
    }
    const years = [...expected.keys()].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
    expect(years.length).toBeGreaterThan(3);
    expect(all.years).toEqual(years.map((year) => ({ year, ...expected.get(year)! })));
    expect(oneYear.years).toEqual(all.years);
    expect(oneYear.hits.every((hit) => archive.reports[hit.report]!.meta.year === 2011)).toBe(true);
  });

  it('sorts by relevance, newest and oldest, undated last', async () => {
    const index = await openIndex(archive);
    const terms = parseQuery('学校');
    const years = async (sort: 'newest' | 'oldest') =>
      (await runSearch(index, { terms, filters: {}, sort })).hits.map((hit) => archive.reports[hit.report]!.meta.year);
    const newest = await years('newest');
    const dated = newest.filter((year): year is number => year !== null);
    expect(dated).toEqual([...dated].sort((a, b) => b - a));
    expect(newest.indexOf(null) === -1 || newest.slice(newest.indexOf(null)).every((year) => year === null)).toBe(true);
    const oldest = (await years('oldest')).filter((year): year is number => year !== null);
    expect(oldest).toEqual([...oldest].sort((a, b) => a - b));
    const relevance = await runSearch(index, { terms, filters: {}, sort: 'relevance' });
    const counts = relevance.hits.map((hit) => hit.sections.length);
    expect(counts.filter((_, position) => !relevance.hits[position]!.titleHit)).toEqual(
      [...counts.filter((_, position) => !relevance.hits[position]!.titleHit)].sort((a, b) => b - a),
    );
  });

  it('lists every report, newest first, when the query is empty', async () => {
    const index = await openIndex(archive);
    const outcome = await runSearch(index, { terms: [], filters: {}, sort: 'relevance' });
    expect(outcome.hits).toHaveLength(archive.reports.length);
    expect(outcome.facetCounts['year']!.size).toBeGreaterThan(5);
  });
});

describe('filtering and ranking for a page that lists results first', () => {
  /** The fixture index, with the names of the files read from it, whole or by range. */
  async function watchedIndex() {
    const archive = await loadFixtureArchive();
    const source = memorySource(buildSearchIndex(indexInputOf(archive)).files);
    const read: string[] = [];
    const watched: IndexSource = {
      ...source,
      file: (name) => {
        read.push(name);
        return source.file(name);
      },
      range: (name, offset, length) => {
        read.push(`${name}@${offset}+${length}`);
        return source.range(name, offset, length);
      },
    };
    return { index: await SearchIndex.open(watched), read };
  }

  it('ranks unfiltered hits without any facet list, and counts them when asked, as runSearch does', async () => {
    const { index, read } = await watchedIndex();
    const request = { terms: parseQuery('教师'), filters: {}, sort: 'newest' as const };
    const { outcome, countFacets } = await filterAndRank(index, await matchReports(index, request.terms), request);
    expect(read.filter((name) => name.startsWith('facets.bin'))).toEqual([]);
    expect(outcome.facetCounts).toEqual({});
    const whole = await runSearch(index, request);
    expect(outcome.hits).toEqual(whole.hits);
    expect(outcome.sectionCount).toBe(whole.sectionCount);
    expect(outcome.years).toEqual(whole.years);
    expect(await countFacets()).toEqual(whole.facetCounts);
  });

  it('filters with the report lists of the selected values only, and counts when asked', async () => {
    const { index, read } = await watchedIndex();
    const request = { terms: parseQuery('教育'), filters: { type: ['summary', 'report'] }, sort: 'relevance' as const };
    const { outcome, countFacets } = await filterAndRank(index, await matchReports(index, request.terms), request);
    expect(read.filter((name) => name.startsWith('facets.bin'))).toHaveLength(2);
    expect(outcome.hits.length).toBe(2);
    const whole = await runSearch(index, request);
    expect(outcome.hits).toEqual(whole.hits);
    expect(await countFacets()).toEqual(whole.facetCounts);
  });
});
