import {
  type BucketLocation,
  bucketPageFile,
  bucketsPerPage,
  facetsFile,
  type Location,
  locationsFile,
  sectionPageFile,
} from '../format.ts';
import { deflate } from './deflate.ts';
import { encodeSections } from './encode-postings.ts';
import { encodeBucketPage, encodeLocations, encodeSectionPages, yearRunsOf } from './encode-tables.ts';
import { concat } from './pack-files.ts';

/** What the tables beside the postings and records are written from, in archive order. */
export interface TableInput {
  buckets: readonly BucketLocation[];
  records: readonly Location[];
  sectionCounts: ArrayLike<number>;
  sectionsPerPage: number;
  years: Iterable<number | null>;
  /** Per facet, per value code: the reports with that value, ascending. */
  facetLists: readonly (readonly Int32Array[])[];
}

/**
 * Writes the bucket pages, locations.bin, the section pages and facets.bin,
 * always in this order (building and merging give the same files in the same
 * order), and returns what the manifest says about them.
 */
export function writeIndexTables(
  input: TableInput,
  write: (name: string, bytes: Uint8Array) => void,
): { facetLists: number[][]; years: [number | null, number][] } {
  for (let first = 0; first < input.buckets.length; first += bucketsPerPage) {
    const page = input.buckets.slice(first, first + bucketsPerPage);
    write(bucketPageFile(first / bucketsPerPage), deflate(encodeBucketPage(page)));
  }
  write(locationsFile, encodeLocations(input.records));
  for (const [index, page] of encodeSectionPages(input.sectionCounts, input.sectionsPerPage).entries())
    write(sectionPageFile(index), deflate(page));
  const reports = input.records.length;
  const lists = input.facetLists.map((values) =>
    values.map((list) => deflate(encodeSections(list, 0, list.length, reports))),
  );
  write(facetsFile, concat(lists.flat()));
  return {
    facetLists: lists.map((values) => values.map((bytes) => bytes.length)),
    years: yearRunsOf(input.years),
  };
}
