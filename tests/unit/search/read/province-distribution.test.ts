import { describe, expect, it } from 'vitest';
import type { FacetValueTable } from '../../../../src/lib/search/format.ts';
import { provinceDistribution } from '../../../../src/lib/search/read/province-distribution.ts';

const facets = [
  { key: 'type', param: 'type' },
  { key: 'province', param: 'province' },
];
const tables: FacetValueTable[] = [
  { key: 'type', label: '类型', param: 'type', values: [{ value: 'plan', label: '工作计划' }] },
  {
    key: 'province',
    label: '省份',
    param: 'province',
    values: ['福建省', '云南省', '广西壮族自治区'].map((name) => ({ value: name, label: name })),
  },
];

describe('the map of matches per province', () => {
  const state = { q: '校园足球', filters: { type: ['plan'], province: ['云南省'] }, sort: 'relevance' as const };
  const counts = {
    province: new Map([
      [0, 3],
      [1, 1],
      [2, 7],
    ]),
    type: new Map([[0, 11]]),
  };
  const drawn = provinceDistribution(counts, tables, state, facets, true)!;

  it('puts each province’s count on its tile, linked to the same search filtered to that province alone', () => {
    expect(drawn.svg).toContain('<title>福建省：3篇</title>');
    expect(drawn.svg).toContain('<title>广西壮族自治区：7篇</title>');
    expect(drawn.svg).toContain('<title>云南省：1篇（已选）</title>');
    expect(drawn.svg).toContain('<title>北京市：0篇</title>');
    const fujian = /<a class="map-link" href="([^"]+)"><title>福建省/.exec(drawn.svg)![1]!.replace(/&amp;/g, '&');
    expect(fujian).toBe(`?q=${encodeURIComponent('校园足球')}&type=plan&province=${encodeURIComponent('福建省')}`);
  });

  it('gives the same counts as a table, most first, for screen readers and print', () => {
    const rows = [...drawn.table.matchAll(/<tr><th scope="row">([^<]+)<\/th><td>(\d+)<\/td><\/tr>/g)].map((match) => [
      match[1],
      Number(match[2]),
    ]);
    expect(rows).toEqual([
      ['广西壮族自治区', 7],
      ['福建省', 3],
      ['云南省（已选）', 1],
    ]);
    expect(drawn.table).toContain('<caption>各省份含有检索词的报告（篇）</caption>');
    expect(provinceDistribution(counts, tables, { ...state, q: '' }, facets, false)!.table).toContain(
      '<caption>各省份符合条件的报告（篇）</caption>',
    );
  });

  it('says when there is nothing worth a map: no province has a match and none is chosen', () => {
    expect(drawn.empty).toBe(false);
    const none = { province: new Map<number, number>(), type: counts.type };
    expect(provinceDistribution(none, tables, { ...state, filters: {} }, facets, true)!.empty).toBe(true);
    // A chosen province without matches still wants the map: it shows where the words are not.
    expect(provinceDistribution(none, tables, state, facets, true)!.empty).toBe(false);
  });

  it('draws nothing for an index without a province facet', () => {
    expect(provinceDistribution(counts, [tables[0]!], state, facets, true)).toBeUndefined();
    expect(provinceDistribution({ type: counts.type }, tables, state, facets, true)).toBeUndefined();
  });
});
