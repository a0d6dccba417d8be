import { describe, expect, it } from 'vitest';
import { indexInputOf } from '../../../../src/lib/search/build/index-input.ts';
import { PartReader } from '../../../../src/lib/search/build/index-part.ts';
import { remapFacetCodes } from '../../../../src/lib/search/build/remap-facets.ts';
import { buildParts, generatedIndexInput } from '../../../helpers/index-parts.ts';
import { loadFixtureArchive } from '../../../helpers/temp-archive.ts';

describe('facet codes of merged parts', () => {
  it('are the codes of the merged tables, report by report in merged order', async () => {
    const input = indexInputOf(await loadFixtureArchive());
    const readers = buildParts(input, [1, 0, 0, 1], 2).map(({ part }, index) => new PartReader(part, index));
    const order = { partOf: Int32Array.from([1, 0, 0, 1]), localOf: Int32Array.from([0, 0, 1, 1]) };
    expect(remapFacetCodes(readers, input.facets, order)).toEqual(input.reports.map((report) => report.facetCodes));
  });

  it('follow the merged tables when those list values in another order', () => {
    const input = generatedIndexInput(20, 3);
    const readers = buildParts(input, Array<number>(20).fill(0), 1).map(({ part }) => new PartReader(part, 0));
    const reversed = input.facets.map((facet) => ({ ...facet, values: [...facet.values].reverse() }));
    const order = { partOf: new Int32Array(20), localOf: Int32Array.from({ length: 20 }, (_, index) => index) };
    const codes = remapFacetCodes(readers, reversed, order);
    codes.forEach((report, position) => {
      report.forEach((list, facet) => {
        const values = list.map((code) => reversed[facet]!.values[code]!.value);
        const original = input.reports[position]!.facetCodes[facet]!.map(
          (code) => input.facets[facet]!.values[code]!.value,
        );
        expect(values).toEqual(original);
      });
    });
  });
});
