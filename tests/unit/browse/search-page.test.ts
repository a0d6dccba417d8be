import { describe, expect, it } from 'vitest';
import { searchPageView } from '../../../src/lib/browse/search-page.ts';
import { facets } from '../../../src/lib/facets/registry.ts';
import { sortOrders } from '../../../src/lib/search/read/run-search.ts';
import { loadFixtureCatalogue } from '../../helpers/temp-archive.ts';

const archive = await loadFixtureCatalogue();
const view = searchPageView(archive, '/archive/', 'abc123abc123');

describe('the search page', () => {
  it('offers every sort order the engine knows, relevance first, each with its label', () => {
    expect(view.sortOptions).toEqual([
      { value: 'relevance', label: '相关度' },
      { value: 'newest', label: '从新到旧' },
      { value: 'oldest', label: '从旧到新' },
    ]);
    expect(view.sortOptions.map((option) => option.value)).toEqual([...sortOrders]);
  });

  it('preloads the index files of this build, under the base path', () => {
    expect(view.index).toMatch(/^\/archive\/[^/]+\/[0-9a-f]{12}\/$/);
    expect(view.preloads.length).toBeGreaterThan(0);
    for (const href of view.preloads) expect(href.startsWith(view.index)).toBe(true);
  });

  it('lists a filter per facet with the archive-wide counts of its values', () => {
    expect(view.facets.map((facet) => facet.param)).toEqual(facets.map((facet) => facet.param));
    const years = view.facets.find((facet) => facet.key === 'year')!;
    expect(years.values.map((value) => [value.value, value.count])).toEqual([
      ['2021', 1],
      ['2020', 1],
      ['2019', 1],
      ['undated', 1],
    ]);
  });
});
