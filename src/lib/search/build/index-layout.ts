import { type FacetValueTable, indexFormatVersion, type SearchManifest } from '../format.ts';

/**
 * How an index is cut into buckets and files, and its manifest: one rule for
 * building an index and for merging shard indexes, so both give the same bytes.
 */

/** Buckets of about 8 KB compressed: one range request per term, small enough for a phone. */
export const defaultBucketBytes = 8 * 1024;
/** Postings and record files of about 16 MB, under every static host's file limit. */
export const defaultFileBytes = 16 * 1024 * 1024;

/**
 * The bucket count for this many folded characters (sections and titles): a
 * power of two, at least 64, as bucketOf requires. Postings take about 1.2
 * compressed bytes per character.
 */
export function bucketCountFor(characters: number, bucketBytes: number): number {
  return Math.max(64, 2 ** Math.ceil(Math.log2(Math.max(1, characters * 1.2) / bucketBytes)));
}

/** The manifest, its fields always in the same order, so equal indexes have equal manifest bytes. */
export function manifestOf(fields: {
  reports: number;
  sections: number;
  characters: number;
  buckets: number;
  sectionsPerPage: number;
  segmentFrom: number;
  postings: string[];
  records: string[];
  facets: FacetValueTable[];
  facetLists: number[][];
  years: [number | null, number][];
}): SearchManifest {
  return {
    version: indexFormatVersion,
    reports: fields.reports,
    sections: fields.sections,
    characters: fields.characters,
    buckets: fields.buckets,
    sectionsPerPage: fields.sectionsPerPage,
    segmentFrom: fields.segmentFrom,
    files: { postings: fields.postings, records: fields.records },
    facets: fields.facets,
    facetLists: fields.facetLists,
    years: fields.years,
  };
}

export function encodeManifest(manifest: SearchManifest): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(manifest));
}
