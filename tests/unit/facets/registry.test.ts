import { describe, expect, it } from 'vitest';
import { countFacet, facetByKey, facets, regionValue } from '../../../src/lib/facets/registry.ts';
import { loadFixtureArchive } from '../../helpers/temp-archive.ts';

const archive = await loadFixtureArchive();

describe('the facet registry', () => {
  it('declares each facet once, with a label and a URL parameter', () => {
    expect(facets.map((facet) => [facet.key, facet.label, facet.param])).toEqual([
      ['year', '年份', 'year'],
      ['topic', '主题', 'topic'],
      ['type', '类型', 'type'],
      ['province', '省份', 'province'],
      ['city', '城市', 'city'],
      ['level', '层级', 'level'],
    ]);
  });

  it('counts reports per value in each facet’s order', () => {
    expect(countFacet(archive, facetByKey('year')).map((entry) => `${entry.label}:${entry.count}`)).toEqual([
      '2021年:1',
      '2020年:1',
      '2019年:1',
      '年份不详:1',
    ]);
    expect(countFacet(archive, facetByKey('type')).map((entry) => entry.value)).toEqual([
      'summary',
      'plan',
      'speech',
      'report',
    ]);
    expect(countFacet(archive, facetByKey('level')).map((entry) => [entry.label, entry.count])).toEqual([
      ['市级', 1],
      ['区级', 2],
      ['县级', 1],
    ]);
    const topics = countFacet(archive, facetByKey('topic'));
    expect(topics.find((entry) => entry.value === 'teachers')).toEqual({
      value: 'teachers',
      label: '教师队伍',
      count: 3,
    });
  });

  it('groups region names across scripts', () => {
    expect(regionValue('靖遠縣')).toBe('靖远县');
    expect(regionValue('  ')).toBeUndefined();
    expect(countFacet(archive, facetByKey('city')).map((entry) => entry.value)).toEqual(['北城市', '昆明市', '漳州市']);
  });
});
