import { foldText } from '../../text/fold.ts';
import {
  defaultSectionsPerPage,
  defaultSegmentFrom,
  manifestFile,
  type SearchManifest,
  searchableText,
  type SegmentLayout,
} from '../format.ts';
import { emptyBucket } from './encode-postings.ts';
import { encodeRecord } from './encode-tables.ts';
import type { IndexInput } from './index-input.ts';
import { bucketCountFor, defaultBucketBytes, defaultFileBytes, encodeManifest, manifestOf } from './index-layout.ts';
import { writeIndexTables } from './index-tables.ts';
import { FilePacker } from './pack-files.ts';
import { serializeTerms } from './serialize-terms.ts';
import { TermTable } from './term-table.ts';
import { tokenizeTexts } from './tokenize-texts.ts';

export interface BuiltIndex {
  manifest: SearchManifest;
  /** File name under the index folder → contents. */
  files: Map<string, Uint8Array>;
  /** Distinct terms, term occurrences indexed, passes over the text, and the wall time of the build. */
  stats: { terms: number; occurrences: number; passes: number; seconds: number };
}

export interface BuildIndexOptions {
  /** Aim for buckets of about this many compressed bytes. Default 8 KB. */
  bucketBytes?: number;
  /** Split postings and record files at about this size. Default 16 MB, under every static host's file limit. */
  fileBytes?: number;
  /**
   * Characters handled per pass, bounding memory: a pass holds about 20 bytes per character (about two
   * occurrences each, listed, then grouped by term a part at a time). Default 32 million: a shard of 8,600
   * reports (some 50 million characters) builds in two passes and its whole build peaked at 2.9 GB.
   */
  occurrencesPerPass?: number;
  /** Section ids per section page and per segment of a common term. Default 131,072; tests use a few. */
  sectionsPerPage?: number;
  /** The fewest sections a term is found in for it to be stored in segments. Default 16,384. */
  segmentFrom?: number;
}

/**
 * Builds the search index of an archive. Terms are split over passes by bucket
 * so that memory stays bounded on large archives; every pass reads the same
 * folded texts and keeps only the terms of its buckets.
 */
export function buildSearchIndex(input: IndexInput, options: BuildIndexOptions = {}): BuiltIndex {
  const {
    bucketBytes = defaultBucketBytes,
    fileBytes = defaultFileBytes,
    occurrencesPerPass = 32_000_000,
    sectionsPerPage = defaultSectionsPerPage,
    segmentFrom = defaultSegmentFrom,
  } = options;
  const started = performance.now();
  const { bucketContents, sectionCount, totalChars, buckets, terms, occurrences, passes } = postingsOf(input, {
    bucketBytes,
    occurrencesPerPass,
    sectionsPerPage,
    segmentFrom,
  });

  const files = new Map<string, Uint8Array>();
  const write = (name: string, bytes: Uint8Array) => files.set(name, bytes);
  // Each bucket and record is let go once its file is written, so the index is not held twice at the end.
  const postings = new FilePacker('postings', fileBytes, write);
  const bucketLocations = Array.from({ length: buckets }, (_, bucket) => {
    const location = postings.addBucket(bucketContents[bucket] ?? emptyBucket());
    bucketContents[bucket] = undefined;
    return location;
  });
  const postingsNames = postings.finish();
  const records = new FilePacker('records', fileBytes, write);
  const recordLocations = input.reports.map(({ record }) => records.add(encodeRecord(record)));
  const recordsNames = records.finish();
  const tables = writeIndexTables(
    {
      buckets: bucketLocations,
      records: recordLocations,
      sectionCounts: input.reports.map(({ record }) => record.sections.length),
      sectionsPerPage,
      years: input.reports.map(({ record }) => record.year),
      facetLists: facetListsOf(input),
    },
    write,
  );

  const manifest = manifestOf({
    reports: input.reports.length,
    sections: sectionCount,
    characters: totalChars,
    buckets,
    sectionsPerPage,
    segmentFrom,
    postings: postingsNames,
    records: recordsNames,
    facets: input.facets,
    ...tables,
  });
  files.set(manifestFile, encodeManifest(manifest));
  return { manifest, files, stats: { terms, occurrences, passes, seconds: (performance.now() - started) / 1000 } };
}

/**
 * Every bucket's postings, pass by pass. The folded texts and the term table
 * live only in here, so they are garbage before the files are packed.
 */
function postingsOf(
  input: IndexInput,
  options: { bucketBytes: number; occurrencesPerPass: number; sectionsPerPage: number; segmentFrom: number },
) {
  const texts: string[] = [];
  for (const { record } of input.reports) {
    for (const [, heading, text] of record.sections) texts.push(foldText(searchableText(heading, text)));
  }
  const sectionCount = texts.length;
  for (const { record } of input.reports) texts.push(foldText(record.title));

  const totalChars = texts.reduce((total, text) => total + text.length, 0);
  const passes = Math.max(1, Math.ceil(totalChars / options.occurrencesPerPass));
  const buckets = bucketCountFor(totalChars, options.bucketBytes);
  const layout: SegmentLayout = {
    sections: sectionCount,
    reports: input.reports.length,
    sectionsPerPage: options.sectionsPerPage,
    segmentFrom: options.segmentFrom,
  };

  const bucketContents = new Array<Uint8Array | undefined>(buckets);
  let terms = 0;
  let occurrences = 0;
  // One table for every pass: its occurrence lists are emptied and refilled rather than allocated again.
  const table = new TermTable(Math.ceil((totalChars * 2.4) / passes));
  for (let pass = 0; pass < passes; pass += 1) {
    const result = indexPass(texts, table, { pass, passes, buckets, layout });
    terms += result.terms;
    occurrences += result.occurrences;
    for (const [bucket, bytes] of result.buckets) bucketContents[bucket] = bytes;
  }
  return { bucketContents, sectionCount, totalChars, buckets, terms, occurrences, passes };
}

/** Per facet, per value code: the reports that have the value. */
function facetListsOf(input: IndexInput): Int32Array[][] {
  return input.facets.map((facet, position) => {
    const lists: number[][] = facet.values.map(() => []);
    input.reports.forEach(({ facetCodes }, report) => {
      for (const code of facetCodes[position] ?? []) lists[code]!.push(report);
    });
    return lists.map((list) => Int32Array.from(list));
  });
}

/**
 * One pass: list every term of the texts, keeping occurrences only for the
 * terms whose buckets belong to this pass, then write those buckets.
 */
function indexPass(
  texts: readonly string[],
  table: TermTable,
  context: { pass: number; passes: number; buckets: number; layout: SegmentLayout },
): { buckets: Map<number, Uint8Array>; terms: number; occurrences: number } {
  table.clearOccurrences();
  const inPass = (bucket: number): boolean => bucket % context.passes === context.pass;
  const keep = context.passes === 1 ? () => true : (id: number): boolean => inPass(table.bucketOf(id, context.buckets));
  tokenizeTexts(texts, table, keep);
  const { buckets, terms } = serializeTerms(table, {
    buckets: context.buckets,
    inPass,
    layout: context.layout,
  });
  return { buckets, terms, occurrences: table.occurrences };
}
