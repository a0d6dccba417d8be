import { describe, expect, it } from 'vitest';
import { filtersFromOptions } from '../../../../src/lib/search/read/command-line-filters.ts';
import { openIndexOf } from '../../../helpers/search-index.ts';
import { loadFixtureArchive } from '../../../helpers/temp-archive.ts';

const { manifest } = await openIndexOf(await loadFixtureArchive());

describe('filters from the command line', () => {
  it('passes repeated options through as facet values, leaving out the ones not given', () => {
    expect(filtersFromOptions(manifest, { year: ['2020', 'undated'], type: ['plan'], topic: [] })).toEqual({
      year: ['2020', 'undated'],
      type: ['plan'],
    });
  });

  it('finds a region among the provinces or the cities, in either script', () => {
    expect(filtersFromOptions(manifest, { region: ['福建省', '昆明市', '北城市'] })).toEqual({
      province: ['福建省'],
      city: ['昆明市', '北城市'],
    });
    expect(filtersFromOptions(manifest, { region: [' 雲南省 '] })).toEqual({ province: ['云南省'] });
  });

  it('drops a region the archive does not have', () => {
    expect(filtersFromOptions(manifest, { region: ['河南省', ''] })).toEqual({});
  });
});
