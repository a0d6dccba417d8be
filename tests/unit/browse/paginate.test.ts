import { describe, expect, it } from 'vitest';
import { pageLinks, paginate } from '../../../src/lib/browse/paginate.ts';
import { excerptOf } from '../../../src/lib/text/excerpt.ts';
import { groupByYear } from '../../../src/lib/browse/year-groups.ts';

describe('pagination', () => {
  it('splits a listing and always has a first page', () => {
    expect(paginate([1, 2, 3, 4, 5], 2).map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([], 10)).toEqual([{ number: 1, total: 1, items: [] }]);
  });

  it('links neighbours and a window of page numbers', () => {
    const links = pageLinks(5, 10, (page) => `/p/${page}/`);
    expect(links.previous).toBe('/p/4/');
    expect(links.next).toBe('/p/6/');
    expect(links.pages.map((page) => page.number)).toEqual([1, 3, 4, 5, 6, 7, 10]);
    expect(links.pages.find((page) => page.current)?.number).toBe(5);
    expect(pageLinks(1, 1, String)).toEqual({ pages: [{ number: 1, url: '1', current: true }] });
  });
});

describe('excerpts and year groups', () => {
  it('cut at a sentence end when one is near, else with an ellipsis', () => {
    expect(excerptOf('短句。')).toBe('短句。');
    expect(excerptOf(`${'甲'.repeat(70)}。${'乙'.repeat(40)}`, 90)).toBe(`${'甲'.repeat(70)}。`);
    expect(excerptOf('丙'.repeat(100), 90)).toBe(`${'丙'.repeat(90)}…`);
    expect(excerptOf('第一行\n第二行')).toBe('第一行 第二行');
  });

  it('group runs of the same year', () => {
    const groups = groupByYear([{ y: 2020 }, { y: 2020 }, { y: 2019 }, { y: null }], (item) => item.y);
    expect(groups.map((group) => [group.label, group.anchor, group.items.length])).toEqual([
      ['2020年', 'y2020', 2],
      ['2019年', 'y2019', 1],
      ['年份不详', 'y-undated', 1],
    ]);
  });
});
