/**
 * The search index as written to `<site>/search-index/<version>/`: names,
 * constants and types that the builder (build/) and the reader (read/) share.
 * The format and how a query runs are described in docs/search-index.md;
 * raise indexFormatVersion whenever the bytes are meant to change.
 */

import { hash32 } from '../text/hash.ts';

export const indexFormatVersion = 8;

/** Folder under the site root that holds the index, in a subfolder named by its version (indexVersionOf). */
export const indexFolder = 'search-index';

export const termPrefix = { word: 'w:', unigram: 'u:', bigram: 'b:', trigram: 't:' } as const;

/**
 * The letters and digits of words (`w:` terms) after folding: a–z and 0–9.
 * A query term that starts or ends with one matches whole words only.
 */
export function isAlphanumeric(code: number | undefined): boolean {
  return code !== undefined && ((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a));
}

/**
 * The bucket a term lives in: the top log2(bucketCount) bits of its hash.
 * Bucket counts are powers of two, at least 64, so the terms of a bucket are
 * exactly those of two adjacent buckets of twice as many, and indexes with
 * different bucket counts can be merged bucket by bucket in one sweep.
 */
export function bucketOf(term: string, bucketCount: number): number {
  if (bucketCount < 64 || (bucketCount & (bucketCount - 1)) !== 0) {
    throw new Error(`search index: ${bucketCount} buckets, not a power of two of at least 64`);
  }
  return hash32(term) >>> (Math.clz32(bucketCount) + 1);
}

/** Flags packed into trigram positions. */
export const flagAlnumBefore = 1;
export const flagAlnumAfter = 2;

export interface FacetValueTable {
  key: string;
  label: string;
  param: string;
  values: { value: string; label: string }[];
}

/** The one file every query reads first; the page preloads it. */
export const manifestFile = 'manifest.json';
export const indexEntryFiles = [manifestFile];

/**
 * The tables a query reads in pages, so that what one query downloads does not
 * grow with the archive: bucket locations by bucket range, the report of each
 * section by section-id range. A section page covers about 10,000 reports
 * (some 6 KB): a common term needs every page, and over HTTP/1.1 a browser
 * fetches six at a time, so fewer, larger pages answer sooner at 100,000
 * reports while a rare term still downloads one small page. The section page
 * size is the manifest's `sectionsPerPage`, so that tests can build small pages.
 */
export const bucketsPerPage = 1024;
export const defaultSectionsPerPage = 131_072;

/**
 * Terms found in at least this many sections are stored in segments once the
 * archive has more than one section page (see segmentsOf), so that a query
 * can list the newest reports' matches before the older segments arrive.
 */
export const defaultSegmentFrom = 16_384;

/** How a segmented term's postings are cut: one segment per section page, then the title pseudo-sections. */
export interface SegmentLayout {
  /** Real sections; title pseudo-sections follow them. */
  sections: number;
  reports: number;
  sectionsPerPage: number;
  segmentFrom: number;
}

/**
 * The section-id ranges of a segmented term's segments, in stored order:
 * segment k holds the sections of section page k, the last one the titles.
 * Reports run newest first, so the first segment holds the newest reports.
 */
export function segmentsOf(layout: SegmentLayout): { from: number; to: number }[] {
  const ranges: { from: number; to: number }[] = [];
  for (let from = 0; from < layout.sections; from += layout.sectionsPerPage)
    ranges.push({ from, to: Math.min(from + layout.sectionsPerPage, layout.sections) });
  ranges.push({ from: layout.sections, to: layout.sections + layout.reports });
  return ranges;
}

/** Whether a term found in this many sections is stored in segments: only when there are two section pages or more. */
export function storedInSegments(sectionCount: number, layout: SegmentLayout): boolean {
  return sectionCount >= layout.segmentFrom && layout.sections > layout.sectionsPerPage;
}

export function bucketPageFile(page: number): string {
  return `buckets-${page}.bin`;
}

export function sectionPageFile(page: number): string {
  return `sections-${page}.bin`;
}

/** Where each report's record is, as fixed-width entries read by range: file, offset, length (uint32, little-endian). */
export const locationsFile = 'locations.bin';
export const locationBytes = 12;

/** Every facet value's reports, as one deflated report list per value (lengths in the manifest's facetLists). */
export const facetsFile = 'facets.bin';

export interface SearchManifest {
  version: number;
  reports: number;
  /** Real sections; title pseudo-sections follow them. */
  sections: number;
  /** Folded characters of all sections and titles: what the bucket count follows, so shard indexes can be merged. */
  characters: number;
  buckets: number;
  /** Section ids per page of the section table, and per segment of a segmented term. */
  sectionsPerPage: number;
  /** The fewest sections a term is found in for it to be stored in segments (when there are two pages or more). */
  segmentFrom: number;
  files: {
    postings: string[];
    records: string[];
  };
  /** Facet values as codes into these tables, in the facet registry's order. */
  facets: FacetValueTable[];
  /** Per facet, per value: the byte length of its report list in facets.bin (lists follow one another in this order). */
  facetLists: number[][];
  /** Report years in archive order as runs of [year or null, number of reports]: archives list years together. */
  years: [number | null, number][];
}

/** A term's occurrences: section ids, and for positional terms the packed positions in each. */
export interface Postings {
  sections: Int32Array;
  /** For positional terms: positions of section i are `positions[starts[i]] … positions[starts[i + 1] - 1]`. */
  starts?: Int32Array;
  /** Position × 4 + flags (flags are 0 for trigrams that carry none). */
  positions?: Int32Array;
}

/** Where a blob lies among the index's numbered files (postings-N.bin or records-N.bin). */
export interface Location {
  file: number;
  offset: number;
  length: number;
}

/** Where a bucket lies: its segments (`tail` bytes) follow its directory, so a query can fetch the directory alone. */
export interface BucketLocation extends Location {
  tail: number;
}

/** What a search result shows of its report. */
interface RecordSummary {
  slug: string;
  title: string;
  issuer: string;
  /** Province, city and county as far as known, space-separated; null when the report names none. */
  region: string | null;
  year: number | null;
  type: string;
  script: string;
}

/** One report's record, as the builder receives it. */
export interface ReportRecord extends RecordSummary {
  /** [anchor, heading or null, body text] per section, in order. */
  sections: [string, string | null, string][];
}

/** The head of a report's record (see encodeRecord): what a result shows and where each section's text is. */
export interface RecordHeader extends RecordSummary {
  /** [anchor, heading or null, byte length of the section's UTF-8 text in the inflated body] per section, in order. */
  sections: [string, string | null, number][];
}

/** The text a section is searched in: its heading and body. */
export function searchableText(heading: string | null, text: string): string {
  return heading === null ? text : `${heading}\n${text}`;
}

/**
 * A bigram or trigram that starts or ends with a letter or digit (but is not
 * all letters and digits) is stored with positions and edge flags, so a term
 * like 4年 or 2020年 matches only whole numbers.
 */
function hasEdgeFlags(trigram: string): boolean {
  return isAlphanumeric(trigram.charCodeAt(0)) || isAlphanumeric(trigram.charCodeAt(trigram.length - 1));
}

/**
 * How a term's postings are stored, from its key: trigrams always with
 * positions, bigrams only when they carry edge flags, everything else as
 * section lists. The builder and the reader both follow this one rule.
 */
export function postingsShape(key: string): { positional: boolean; flagged: boolean } {
  const prefix = key.slice(0, 2);
  const trigram = prefix === termPrefix.trigram;
  const flagged = (trigram || prefix === termPrefix.bigram) && hasEdgeFlags(key.slice(2));
  return { positional: trigram || flagged, flagged };
}
