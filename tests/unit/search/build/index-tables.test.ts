import { describe, expect, it } from 'vitest';
import {
  bucketPageFile,
  bucketsPerPage,
  facetsFile,
  locationsFile,
  sectionPageFile,
} from '../../../../src/lib/search/format.ts';
import { writeIndexTables } from '../../../../src/lib/search/build/index-tables.ts';

describe('the tables beside the postings and records', () => {
  const written: string[] = [];
  const sizes = new Map<string, number>();
  const manifest = writeIndexTables(
    {
      buckets: Array.from({ length: bucketsPerPage + 1 }, (_, bucket) => ({
        file: 0,
        offset: bucket * 10,
        length: 10,
        tail: bucket % 3,
      })),
      records: [
        { file: 0, offset: 0, length: 30 },
        { file: 0, offset: 30, length: 40 },
        { file: 1, offset: 0, length: 50 },
      ],
      sectionCounts: [2, 0, 5],
      sectionsPerPage: 4,
      years: [2021, 2021, null],
      facetLists: [[Int32Array.of(0, 2), Int32Array.of(1)], [Int32Array.of()]],
    },
    (name, bytes) => {
      written.push(name);
      sizes.set(name, bytes.length);
    },
  );

  it('are written in one order: bucket pages, record locations, section pages (of the given size), facet lists', () => {
    expect(written).toEqual([
      bucketPageFile(0),
      bucketPageFile(1),
      locationsFile,
      sectionPageFile(0),
      sectionPageFile(1),
      facetsFile,
    ]);
    // Three reports, a fixed number of bytes each.
    expect(sizes.get(locationsFile)! % 3).toBe(0);
  });

  it('tell the manifest the years as runs and the byte length of every facet value’s list', () => {
    expect(manifest.years).toEqual([
      [2021, 2],
      [null, 1],
    ]);
    expect(manifest.facetLists.map((values) => values.length)).toEqual([2, 1]);
    const total = manifest.facetLists.flat().reduce((sum, length) => sum + length, 0);
    expect(total).toBe(sizes.get(facetsFile));
  });
});
