import { describe, expect, it } from 'vitest';
import { typeLabels, yearLabel } from '../../../../src/lib/format/labels.ts';
import { parseQuery } from '../../../../src/lib/search/read/parse-query.ts';
import { presentHits } from '../../../../src/lib/search/read/present-results.ts';
import { runSearch } from '../../../../src/lib/search/read/run-search.ts';
import { openIndexOf } from '../../../helpers/search-index.ts';
import { loadFixtureArchive } from '../../../helpers/temp-archive.ts';

const archive = await loadFixtureArchive();
const index = await openIndexOf(archive);
const reportOf = (slug: string) => archive.reports.find((report) => report.slug === slug)!;

async function present(query: string, options: Parameters<typeof presentHits>[4] = { base: '/' }) {
  const terms = parseQuery(query);
  const outcome = await runSearch(index, { terms, filters: {}, sort: 'relevance' });
  return presentHits(index, outcome, terms, { from: 0, to: outcome.hits.length }, options);
}

describe('presenting results', () => {
  it('links each matching section under the base path, asking the report page to mark the terms', async () => {
    const [result] = await present('资讯化', { base: '/archive' });
    const report = reportOf('beicheng-2020-report');
    expect(result!.url).toBe('/archive/reports/beicheng-2020-report/');
    const section = report.sections.find((candidate) => candidate.heading?.includes('資訊化'))!;
    expect(result!.sections.map((shown) => shown.url)).toEqual([
      `/archive/reports/beicheng-2020-report/?hl=${encodeURIComponent('资讯化')}#${section.id}`,
    ]);
    const [plain] = await present('资讯化', { base: '/', highlightLinks: false });
    expect(plain!.sections[0]!.url).toBe(`/reports/beicheng-2020-report/#${section.id}`);
  });

  it('marks matches in the original script of the title, heading and excerpt', async () => {
    const [result] = await present('资讯化');
    expect(result!.titleHtml).toBe('北城市教育局2020年工作報告');
    expect(result!.sections[0]!.headingHtml).toBe('二、<mark>資訊化</mark>建設');
    expect(result!.sections[0]!.heading).toBe('二、資訊化建設');
    const [title] = await present('东山县');
    expect(title!.titleHtml).toBe('<mark>东山县</mark>教育局2021年工作总结');
    const teachers = (await present('教师')).find((shown) => shown.slug === 'beicheng-2020-report')!;
    expect(teachers.sections.some((shown) => shown.excerptHtml.includes('<mark>教師</mark>'))).toBe(true);
    expect(teachers.sections.every((shown) => !shown.excerpt.includes('<mark>'))).toBe(true);
    expect(teachers.lang).toBe('zh-Hant');
  });

  it('names sections without a heading as the lead, or the full text when the report has no headings', async () => {
    const lead = (await present('围绕办好人民满意')).find((shown) => shown.slug === 'dongshan-2021-summary')!;
    expect(lead.sections.map((shown) => shown.heading)).toEqual(['导语']);
    const whole = (await present('同志们')).find((shown) => shown.slug === 'nanhu-speech')!;
    expect(whole.sections.map((shown) => shown.heading)).toEqual(['全文']);
    expect(whole.yearLabel).toBe(yearLabel(null));
    expect(whole.typeLabel).toBe(typeLabels.speech);
  });

  it('lists at most the sections asked for and counts the rest', async () => {
    const all = (await present('教育')).find((shown) => shown.slug === 'dongshan-2021-summary')!;
    const few = (await present('教育', { base: '/', sectionsPerReport: 1 })).find(
      (shown) => shown.slug === 'dongshan-2021-summary',
    )!;
    expect(all.sections.length).toBeGreaterThan(1);
    expect(all.moreSections).toBe(0);
    expect(few.sections).toEqual(all.sections.slice(0, 1));
    expect(few.moreSections).toBe(all.sections.length - 1);
  });

  it('names each report’s topics unless asked not to', async () => {
    const [withTopics] = await present('东山县');
    const topicNames = new Map(archive.topics.map((topic) => [topic.id, topic.name]));
    expect(withTopics!.topics.map((topic) => topic.id)).toEqual(reportOf('dongshan-2021-summary').topics);
    for (const topic of withTopics!.topics) expect(topic.name).toBe(topicNames.get(topic.id));
    const [without] = await present('东山县', { base: '/', withTopics: false });
    expect(without!.topics).toEqual([]);
  });
});
