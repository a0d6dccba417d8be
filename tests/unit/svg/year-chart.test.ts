import { describe, expect, it } from 'vitest';
import { yearBars } from '../../../src/lib/browse/chart-bars.ts';
import { yearChartSvg } from '../../../src/lib/svg/year-chart.ts';

describe('the year chart', () => {
  it('orders bars oldest first and puts undated last', () => {
    expect(
      yearBars([
        { year: 2020, count: 2 },
        { year: null, count: 1 },
        { year: 2015, count: 3 },
      ]),
    ).toEqual([
      { label: '2015', count: 3 },
      { label: '2020', count: 2 },
      { label: '不详', count: 1 },
    ]);
  });

  it('draws one bar per year with an accessible name and description', () => {
    const svg = yearChartSvg(
      [
        { label: '2015', count: 3 },
        { label: '2020', count: 1 },
      ],
      { title: '“教师队伍”各年份的小节数', unit: '节', id: 'c' },
    );
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg).toContain('role="img" aria-labelledby="c-title c-desc"');
    expect(svg).toContain('<desc id="c-desc">2015：3节；2020：1节</desc>');
    expect(svg).toContain('<title id="c-title">“教师队伍”各年份的小节数</title>');
    expect(svg).not.toMatch(/<script|style=/);
  });

  it('scales bars to the largest count and shortens labels when crowded', () => {
    const bars = Array.from({ length: 21 }, (_, index) => ({ label: String(2005 + index), count: index }));
    const svg = yearChartSvg(bars, { title: 't', unit: '篇', id: 'c' });
    expect(svg).toContain('’05');
    expect(svg).not.toContain('>2005<');
    const heights = [...svg.matchAll(/height="(\d+)" rx/g)].map((match) => Number(match[1]));
    expect(heights[0]).toBe(0);
    expect(Math.max(...heights)).toBe(heights.at(-1));
  });

  it('makes linked bars links over their whole column, says their note, and marks the selected one', () => {
    const svg = yearChartSvg(
      [
        { label: '2015', count: 3, note: '7 节', href: '?q=a&year=2015' },
        { label: '2020', count: 1, note: '1 节', href: '?q=a&year=2020', selected: true },
      ],
      { title: 't', unit: '篇', id: 'c' },
    );
    expect(svg).toContain('role="group"');
    expect(svg).toContain('<a class="chart-link" href="?q=a&amp;year=2015"><title>2015：3篇，7 节</title>');
    expect(svg.match(/class="chart-hit"/g)).toHaveLength(2);
    expect(svg.match(/chart-bar--selected/g)).toHaveLength(1);
    expect(svg).toContain(
      '<a class="chart-link" href="?q=a&amp;year=2020" aria-current="true"><title>2020：1篇，1 节（已选）</title>',
    );
    expect(svg).toContain('<desc id="c-desc">2015：3篇，7 节；2020：1篇，1 节（已选）</desc>');
  });
});
