import { describe, expect, it } from 'vitest';
import type { ReportResult } from '../../../../src/lib/search/read/present-results.ts';
import {
  asksForNothing,
  errorStatus,
  partialStatus,
  resultHtml,
  searchStatus,
  searchTitle,
} from '../../../../src/lib/search/read/render-results.ts';
import type { SearchOutcome } from '../../../../src/lib/search/read/run-search.ts';

const result: ReportResult = {
  url: '/reports/beicheng-2020-report/',
  slug: 'beicheng-2020-report',
  title: '北城市教育局2020年工作報告',
  titleHtml: '北城市<mark>教育</mark>局2020年工作報告',
  issuer: '北城市教育局 <測試>',
  region: '北城市',
  year: 2020,
  yearLabel: '2020年',
  type: 'report',
  typeLabel: '工作报告',
  topics: [],
  lang: 'zh-Hant',
  sections: [
    {
      url: '/reports/beicheng-2020-report/?hl=%E6%95%99%E8%82%B2#s-1',
      permalink: '/reports/beicheng-2020-report/#s-1',
      heading: '一、教師隊伍建設',
      headingHtml: '一、教師隊伍建設',
      excerpt: '全年培訓教師',
      excerptHtml: '全年培訓<mark>教師</mark>',
    },
  ],
  moreSections: 2,
};

const outcome = (reports: number, sectionCount: number): SearchOutcome => ({
  hits: Array.from({ length: reports }, (_, report) => ({ report, titleHit: false, sections: [] })),
  sectionCount,
  years: [],
  facetCounts: {},
});

describe('a result’s HTML', () => {
  it('links the title and each section, marks the Traditional text, and escapes the issuer and the place', () => {
    const html = resultHtml(result);
    expect(html).toContain(
      '<h2 class="result__title"><a href="/reports/beicheng-2020-report/" lang="zh-Hant">北城市<mark>教育</mark>局2020年工作報告</a></h2>',
    );
    expect(html).toContain(
      '<span lang="zh-Hant">北城市教育局 &lt;測試&gt;</span><span lang="zh-Hant">北城市</span><span>2020年</span>' +
        '<span>工作报告</span>',
    );
    expect(html).toContain(
      '<li><a class="result__section" href="/reports/beicheng-2020-report/?hl=%E6%95%99%E8%82%B2#s-1" lang="zh-Hant">一、教師隊伍建設</a>' +
        '<p class="result__excerpt" lang="zh-Hant">全年培訓<mark>教師</mark></p></li>',
    );
    expect(html).toContain(
      '<p class="result__more"><a href="/reports/beicheng-2020-report/">另有 2 节也含检索词</a></p>',
    );
  });

  it('leaves out the place, the section list, the more link and the language when there is nothing to say', () => {
    const html = resultHtml({ ...result, lang: 'zh-Hans', region: null, sections: [], moreSections: 0 });
    expect(html).not.toContain('lang=');
    expect(html).toContain('<span>北城市教育局 &lt;測試&gt;</span><span>2020年</span>');
    expect(html).not.toContain('result__sections');
    expect(html).not.toContain('result__more');
  });
});

describe('the status line and the title', () => {
  const state = { q: ' 教师 ', filters: {}, sort: 'relevance' as const };

  it('counts reports and sections, or reports alone when browsing by filters', () => {
    expect(searchStatus(state, true, outcome(3, 7))).toBe('找到 3 篇报告，共 7 节含有检索词。');
    expect(searchStatus(state, false, outcome(12, 0))).toBe('符合条件的报告共 12 篇。');
  });

  it('says what found nothing', () => {
    expect(searchStatus(state, true, outcome(0, 0))).toBe(
      '没有找到含有“教师”的报告。可以检查用字，或减少检索词和筛选条件。',
    );
    expect(searchStatus(state, false, outcome(0, 0))).toBe('没有符合筛选条件的报告。');
    expect(errorStatus(new Error('网络中断'))).toBe('检索出错：网络中断');
  });

  it('says where the first results of a query read in segments come from, and how far the rest has got', () => {
    expect(partialStatus(outcome(8, 20), 0.1, 0.1)).toBe('已在最新的 10% 内容中找到 8 篇报告，正在检索其余的内容…');
    expect(partialStatus(outcome(8, 20), 0.1, 0.456)).toBe(
      '已在最新的 10% 内容中找到 8 篇报告，正在检索其余的内容（已检索 45%）…',
    );
    // Never 0 % or 100 % while searching: some is done, and some is left.
    expect(partialStatus(outcome(0, 0), 0.001, 0.999)).toBe(
      '最新的 1% 内容中没有找到，正在检索其余的内容（已检索 99%）…',
    );
  });

  it('puts the query in the page title', () => {
    expect(searchTitle(state, true, '检索 · 档案')).toBe('“教师”的检索结果 · 检索 · 档案');
    expect(searchTitle(state, false, '检索 · 档案')).toBe('检索 · 档案');
  });

  it('tells an empty address from a browse by filters or by sort', () => {
    const empty = { q: '', filters: {}, sort: 'relevance' as const };
    expect(asksForNothing(empty, false, '')).toBe(true);
    expect(asksForNothing(empty, false, '?sort=relevance')).toBe(false);
    expect(asksForNothing({ ...empty, filters: { year: ['2020'] } }, false, '?year=2020')).toBe(false);
    expect(asksForNothing(state, true, '?q=%E6%95%99%E5%B8%88')).toBe(false);
  });
});
