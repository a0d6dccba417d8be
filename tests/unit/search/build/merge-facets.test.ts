import { describe, expect, it } from 'vitest';
import { indexInputOf } from '../../../../src/lib/search/build/index-input.ts';
import { PartReader } from '../../../../src/lib/search/build/index-part.ts';
import { mergeFacetLists } from '../../../../src/lib/search/build/merge-facets.ts';
import type { IndexInput } from '../../../../src/lib/search/build/index-input.ts';
import { buildParts, generatedIndexInput } from '../../../helpers/index-parts.ts';
import { loadFixtureArchive } from '../../../helpers/temp-archive.ts';

/** Per facet, per value of `facets`: the reports of the input that have it. */
function expectedLists(input: IndexInput, facets: IndexInput['facets']): number[][][] {
  return facets.map((facet, position) =>
    facet.values.map(({ value }) => {
      const code = input.facets[position]!.values.findIndex((entry) => entry.value === value);
      return input.reports.flatMap(({ facetCodes }, report) => (facetCodes[position]!.includes(code) ? [report] : []));
    }),
  );
}

describe('facet lists of merged parts', () => {
  it('are the reports of each merged value, in merged positions', async () => {
    const input = indexInputOf(await loadFixtureArchive());
    const readers = buildParts(input, [1, 0, 0, 1], 2).map(({ part }, index) => new PartReader(part, index));
    const lists = mergeFacetLists(readers, input.facets).map((values) => values.map((list) => [...list]));
    expect(lists).toEqual(expectedLists(input, input.facets));
  });

  it('follow the merged tables when those list values in another order', () => {
    const input = generatedIndexInput(20, 3);
    const readers = buildParts(input, Array<number>(20).fill(0), 1).map(({ part }) => new PartReader(part, 0));
    const reversed = input.facets.map((facet) => ({ ...facet, values: [...facet.values].reverse() }));
    const lists = mergeFacetLists(readers, reversed).map((values) => values.map((list) => [...list]));
    expect(lists).toEqual(expectedLists(input, reversed));
  });
});
