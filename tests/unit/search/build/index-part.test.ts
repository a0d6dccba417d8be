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
    reader.reports.forEach((report, index) => {
      for (let offset = 0; offset < report.sectionCount; offset += 1) expect(map[local++]).toBe(index * 20 + offset);
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
    const records = reader.reports.map((_, index) => reader.record(index));
    const { record } = reader.reports.at(-1)!;
    expect(records.at(-1)).toEqual(files.get(reader.manifest.files.records[record.file]!)!.subarray(record.offset));
    expect(records.every((bytes) => bytes.length > 0)).toBe(true);
  });
});
