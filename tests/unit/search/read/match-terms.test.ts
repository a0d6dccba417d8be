import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../../src/lib/search/build/build-index.ts';
import { indexInputOf } from '../../../../src/lib/search/build/index-input.ts';
import { memorySource } from '../../../../src/lib/search/build/memory-source.ts';
import { searchableText } from '../../../../src/lib/search/format.ts';
import { matchReports, type MatchProgress } from '../../../../src/lib/search/read/match-terms.ts';
import { SearchIndex } from '../../../../src/lib/search/read/search-index.ts';
import { parseQuery } from '../../../../src/lib/search/read/parse-query.ts';
import { foldText } from '../../../../src/lib/text/fold.ts';
import { openIndexOf } from '../../../helpers/search-index.ts';
import { loadFixtureArchive } from '../../../helpers/temp-archive.ts';

const archive = await loadFixtureArchive();
const index = await openIndexOf(archive);
const slugsOf = async (query: string) =>
  (await matchReports(index, parseQuery(query))).map((hit) => archive.reports[hit.report]!.slug);
const textOf = (section: number) => {
  const report = index.reportOfSection(section);
  const { heading, text } = archive.reports[report]!.sections[section - index.firstSectionOf(report)]!;
  return foldText(searchableText(heading, text));
};

describe('matching query terms to reports', () => {
  it('lists every report, in archive order, when there are no terms', async () => {
    expect(await matchReports(index, [])).toEqual(
      archive.reports.map((_, report) => ({ report, titleHit: false, sections: [] })),
    );
  });

  it('gives each report its sections that hold every term, in order, and says when its title does', async () => {
    const hits = await matchReports(index, parseQuery('师德 培训'));
    expect(hits.map((hit) => archive.reports[hit.report]!.slug).sort()).toEqual(
      ['beicheng-2020-report', 'dongshan-2021-summary', 'nanhu-speech'].sort(),
    );
    for (const hit of hits) {
      expect(hit.sections).toEqual([...hit.sections].sort((a, b) => a - b));
      for (const section of hit.sections) {
        expect(index.reportOfSection(section)).toBe(hit.report);
        expect(textOf(section)).toContain('师德');
        expect(textOf(section)).toContain('培训');
      }
    }
    const [title] = await matchReports(index, parseQuery('东山县'));
    expect(title).toMatchObject({ titleHit: true, sections: [] });
  });

  it('matches across scripts', async () => {
    expect(await slugsOf('資訊化')).toEqual(['beicheng-2020-report']);
    expect((await slugsOf('教師隊伍')).sort()).toEqual([
      'beicheng-2020-report',
      'dongshan-2021-summary',
      'nanhu-speech',
    ]);
  });

  it('matches numbers and Latin words whole, at both edges of a term', async () => {
    expect(await slugsOf('2020')).toEqual(['beicheng-2020-report']);
    expect(await slugsOf('2020年')).toEqual(['beicheng-2020-report']);
    expect(await slugsOf('20')).toEqual([]);
    expect(await slugsOf('0年')).toEqual([]);
    expect(await slugsOf('020年')).toEqual([]);
    expect(await slugsOf('20xx年')).toEqual(['nanhu-speech']);
    expect(await slugsOf('xx')).toEqual(['nanhu-speech']);
  });

  it('finds nothing for a term that never occurs', async () => {
    expect(await slugsOf('不存在的词语')).toEqual([]);
    expect(await slugsOf('教育 不存在')).toEqual([]);
  });

  it('reads a common term segment by segment, newest first, telling how far it has got', async () => {
    const { segmented, ranges } = await openSegmented();
    expect(await segmented.isSegmented('b:教育')).toBe(true);
    const expected = await matchReports(index, parseQuery('教育 工作'));
    const heard: { hits: number[]; searched: number; rangesThen: number }[] = [];
    let release: () => void = () => undefined;
    const progress = (step: MatchProgress): Promise<void> | void => {
      heard.push({ hits: step.hits().map((hit) => hit.report), searched: step.searched, rangesThen: ranges() });
      // The first results hold the next segments back until they are shown.
      if (heard.length === 1) return new Promise((resolve) => (release = resolve));
    };
    const pending = matchReports(segmented, parseQuery('教育 工作'), progress);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard).toHaveLength(1);
    expect(ranges()).toBe(heard[0]!.rangesThen);
    // The first results are the reports that start in the first section page, titles included.
    const firstSections = archive.reports.map((_, report) =>
      archive.reports.slice(0, report).reduce((total, earlier) => total + earlier.sections.length, 0),
    );
    expect(heard[0]!.hits.length).toBeGreaterThan(0);
    for (const report of heard[0]!.hits) expect(firstSections[report]).toBeLessThan(segmented.segments[0]!.to);
    release();
    const hits = await pending;
    expect(hits).toEqual(expected);
    expect(heard.length).toBe(segmented.segments.length - 2);
    expect(ranges()).toBeGreaterThan(heard[0]!.rangesThen);
    const searched = heard.map((step) => step.searched);
    expect(searched).toEqual([...searched].sort((a, b) => a - b));
    expect(searched.at(-1)).toBeLessThan(1);
    // Each step's hits are in archive order and are final hits.
    for (const step of heard) {
      expect(step.hits).toEqual([...step.hits].sort((a, b) => a - b));
      for (const report of step.hits) expect(expected.map((hit) => hit.report)).toContain(report);
    }
  });

  it('skips unread the segments where a rarer term of the query does not occur', async () => {
    const common = await openSegmented();
    const withRare = await openSegmented();
    expect(await matchReports(common.segmented, parseQuery('教育'))).toEqual(
      await matchReports(index, parseQuery('教育')),
    );
    expect(await matchReports(withRare.segmented, parseQuery('教育 資訊化'))).toEqual(
      await matchReports(index, parseQuery('教育 資訊化')),
    );
    expect(withRare.ranges()).toBeLessThan(common.ranges());
    // A term the index lacks reads no segment at all.
    const absent = await openSegmented();
    expect(await matchReports(absent.segmented, parseQuery('教育 鑫鑫'))).toEqual([]);
    expect(absent.ranges()).toBeLessThanOrEqual(2);
  });
});

/** The fixture archive's index in section pages of two, opened with a count of its range requests. */
async function openSegmented() {
  const source = memorySource(buildSearchIndex(indexInputOf(archive), { sectionsPerPage: 2, segmentFrom: 2 }).files);
  let count = 0;
  const segmented = await SearchIndex.open({
    ...source,
    range: (...request) => {
      count += 1;
      return source.range(...request);
    },
  });
  return { segmented, ranges: () => count };
}
