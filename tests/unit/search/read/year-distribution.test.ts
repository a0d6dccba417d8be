import { describe, expect, it } from 'vitest';
import { yearDistributionSvg } from '../../../../src/lib/search/read/year-distribution.ts';

const facets = [
  { key: 'year', param: 'year' },
  { key: 'type', param: 'type' },
];
const years = [
  { year: 2019, reports: 2, sections: 5 },
  { year: 2021, reports: 1, sections: 1 },
  { year: null, reports: 1, sections: 3 },
];

describe('the chart of matches per year', () => {
  it('links each year to the same search filtered to it, keeping the other filters and the order', () => {
    const state = { q: '校园足球', filters: { type: ['plan'], year: ['2021'] }, sort: 'newest' as const };
    const svg = yearDistributionSvg(years, state, facets, true);
    const links = [...svg.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!.replace(/&amp;/g, '&'));
    expect(links).toEqual([
      `?q=${encodeURIComponent('校园足球')}&year=2019&type=plan&sort=newest`,
      `?q=${encodeURIComponent('校园足球')}&year=2021&type=plan&sort=newest`,
      `?q=${encodeURIComponent('校园足球')}&year=undated&type=plan&sort=newest`,
    ]);
    expect(svg.match(/chart-bar--selected/g)).toHaveLength(1);
    expect(svg).toContain('2019：2篇，5 节');
    expect(svg).toContain('不详：1篇，3 节');
    expect(svg).toContain('各年份含有检索词的报告（篇）和小节（节）');
  });

  it('counts reports alone when browsing by filters without words', () => {
    const svg = yearDistributionSvg(years, { q: '', filters: { type: ['plan'] }, sort: 'relevance' }, facets, false);
    expect(svg).toContain('<desc id="search-years-chart-desc">2019：2篇；2021：1篇；不详：1篇</desc>');
    expect(svg).not.toContain('chart-bar--selected');
  });
});
