import { describe, expect, it } from 'vitest';
import { PartReader } from '../../../../src/lib/search/build/index-part.ts';
import { bucketOf } from '../../../../src/lib/search/format.ts';
import { buildParts, generatedIndexInput } from '../../../helpers/index-parts.ts';

const input = generatedIndexInput(40, 11);
// Reports 0, 2, 4 … in the part; its bucket count is 256 with these settings.
const partOf = input.reports.map((_, index) => index % 2);
const { part, files } = buildParts(input, partOf, 1, { bucketBytes: 16, fileBytes: 1500 })[0]!;

describe('reading a part for a merge', () => {
  it('maps its sections into the merged order: real sections first, then titles', () => {
    const reader = new PartReader(part, 0);
    const first = Int32Array.from(input.reports.map((_, index) => index * 10));
    const map = reader.sectionMap(first, 1000);
    const { sections, reports } = reader.manifest;
    expect(map.length).toBe(sections + reports);
    let local = 0;
    reader.sectionCounts.forEach((count, index) => {
      expect(count).toBe(input.reports[index * 2]!.record.sections.length);
      for (let offset = 0; offset < count; offset += 1) expect(map[local++]).toBe(index * 20 + offset);
      expect(map[sections + index]).toBe(1000 + index * 2);
    });
  });

  for (const bucketCount of [64, 256, 1024]) {
    it(`hands over each term once, in its bucket of ${bucketCount}, asked bucket after bucket`, () => {
      const reader = new PartReader(part, 0);
      expect(reader.manifest.buckets).toBe(256);
      const seen: string[] = [];
      let largestHeld = 0;
      for (let bucket = 0; bucket < bucketCount; bucket += 1) {
        for (const { key } of reader.termsIn(bucket, bucketCount)) {
          expect(bucketOf(key, bucketCount)).toBe(bucket);
          seen.push(key);
        }
        largestHeld = Math.max(largestHeld, reader.heldBytes);
      }
      expect(new Set(seen).size).toBe(seen.length);
      const postingsFiles = reader.manifest.files.postings.map((name) => files.get(name)!.length);
      expect(postingsFiles.length).toBeGreaterThan(1);
      expect(largestHeld).toBe(Math.max(...postingsFiles));
      reader.release();
      expect(reader.heldBytes).toBe(0);
    });
  }

  it('reads each report’s record in the order of the part', () => {
    const reader = new PartReader(part, 0);
    const records = reader.records.map((_, index) => reader.record(index));
    const last = reader.records.at(-1)!;
    expect(records.at(-1)).toEqual(files.get(reader.manifest.files.records[last.file]!)!.subarray(last.offset));
    expect(records.every((bytes) => bytes.length > 0)).toBe(true);
  });

  it('reads each report’s year and each facet value’s reports in the part’s own numbering', () => {
    const reader = new PartReader(part, 0);
    const own = input.reports.filter((_, index) => index % 2 === 0);
    expect(reader.years).toEqual(own.map(({ record }) => record.year));
    input.facets.forEach((facet, position) => {
      const lists = reader.facetLists(facet.key);
      for (const [value, list] of lists) {
        const code = facet.values.findIndex((entry) => entry.value === value);
        const expected = own.flatMap(({ facetCodes }, report) =>
          facetCodes[position]!.includes(code) ? [report] : [],
        );
        expect([...list]).toEqual(expected);
      }
    });
  });
});
