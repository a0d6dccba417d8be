import { foldText } from '../../text/fold.ts';
import { manifestFile, type SearchManifest, searchableText } from '../format.ts';
import { emptyBucket } from './encode-postings.ts';
import { encodeRecord } from './encode-tables.ts';
import type { IndexInput } from './index-input.ts';
import { bucketCountFor, defaultBucketBytes, defaultFileBytes, encodeManifest, manifestOf } from './index-layout.ts';
import { writeIndexTables } from './index-tables.ts';
import { packFiles } from './pack-files.ts';
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
   * Characters handled per pass, bounding memory: a pass holds about 45 bytes per character (about two
   * occurrences each, in lists and then grouped by term). Default 32 million, about 1.4 GB: a shard of
   * 8,600 reports (some 50 million characters) builds in two passes and peaked at 3.1 GB, against 4.0 GB in one.
   */
  occurrencesPerPass?: number;
}

/**
 * Builds the search index of an archive. Terms are split over passes by bucket
 * so that memory stays bounded on large archives; every pass reads the same
 * folded texts and keeps only the terms of its buckets.
 */
export function buildSearchIndex(input: IndexInput, options: BuildIndexOptions = {}): BuiltIndex {
  const { bucketBytes = defaultBucketBytes, fileBytes = defaultFileBytes, occurrencesPerPass = 32_000_000 } = options;
  const started = performance.now();
  const texts: string[] = [];
  for (const { record } of input.reports) {
    for (const [, heading, text] of record.sections) texts.push(foldText(searchableText(heading, text)));
  }
  const sectionCount = texts.length;
  for (const { record } of input.reports) texts.push(foldText(record.title));

  const totalChars = texts.reduce((total, text) => total + text.length, 0);
  const passes = Math.max(1, Math.ceil(totalChars / occurrencesPerPass));
  const buckets = bucketCountFor(totalChars, bucketBytes);

  const bucketContents = new Array<Uint8Array>(buckets);
  let terms = 0;
  let occurrences = 0;
  for (let pass = 0; pass < passes; pass += 1) {
    const result = indexPass(texts, {
      pass,
      passes,
      buckets,
      totalSections: texts.length,
      expectedOccurrences: Math.ceil((totalChars * 2.4) / passes),
    });
    terms += result.terms;
    occurrences += result.occurrences;
    for (const [bucket, bytes] of result.buckets) bucketContents[bucket] = bytes;
  }

  const files = new Map<string, Uint8Array>();
  const write = (name: string, bytes: Uint8Array) => files.set(name, bytes);
  const postings = packFiles(
    'postings',
    [...Array(buckets).keys()].map((bucket) => bucketContents[bucket] ?? emptyBucket()),
    fileBytes,
  );
  for (const [name, bytes] of postings.files) write(name, bytes);
  const records = packFiles(
    'records',
    input.reports.map(({ record }) => encodeRecord(record)),
    fileBytes,
  );
  for (const [name, bytes] of records.files) write(name, bytes);
  const tables = writeIndexTables(
    {
      buckets: postings.locations,
      records: records.locations,
      sectionCounts: input.reports.map(({ record }) => record.sections.length),
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
    postings: [...postings.files.keys()],
    records: [...records.files.keys()],
    facets: input.facets,
    ...tables,
  });
  files.set(manifestFile, encodeManifest(manifest));
  return { manifest, files, stats: { terms, occurrences, passes, seconds: (performance.now() - started) / 1000 } };
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
  context: { pass: number; passes: number; buckets: number; totalSections: number; expectedOccurrences: number },
): { buckets: Map<number, Uint8Array>; terms: number; occurrences: number } {
  // Sized for the whole pass up front: doubling arrays of a hundred million entries costs seconds in copies and collections.
  const table = new TermTable(context.expectedOccurrences);
  const inPass = (bucket: number): boolean => bucket % context.passes === context.pass;
  const keep = context.passes === 1 ? () => true : (id: number): boolean => inPass(table.bucketOf(id, context.buckets));
  tokenizeTexts(texts, table, keep);
  const { buckets, terms } = serializeTerms(table, {
    buckets: context.buckets,
    inPass,
    totalSections: context.totalSections,
  });
  return { buckets, terms, occurrences: table.occurrences };
}
