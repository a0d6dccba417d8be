import { foldText } from '../../text/fold.ts';
import { ByteWriter } from '../byte-codec.ts';
import {
  bucketOf,
  bucketTableFile,
  isAlphanumeric,
  facetsFile,
  manifestFile,
  metaFile,
  flagAlnumAfter,
  flagAlnumBefore,
  indexFormatVersion,
  searchableText,
  termPrefix,
  postingsShape,
  type SearchManifest,
} from '../format.ts';
import { encodePositions, encodeSections } from './encode-postings.ts';
import { encodeFacets, encodeMeta, encodeRecord } from './encode-tables.ts';
import { deflate, packFiles, postingsLevel } from './pack-files.ts';
import type { IndexInput } from './index-input.ts';
import { TermTable, termKind } from './term-table.ts';

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
  /** Characters handled per pass, bounding memory (about 20 bytes each). Default 80 million. */
  occurrencesPerPass?: number;
}

const prefixOfKind = [termPrefix.trigram, termPrefix.bigram, termPrefix.unigram, termPrefix.word];
const newline = 10;

interface SectionText {
  text: string;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000;
}

/**
 * Builds the search index of an archive. Terms are split over passes by bucket
 * so that memory stays bounded on large archives; every pass reads the same
 * folded texts and keeps only the terms of its buckets.
 */
export function buildSearchIndex(input: IndexInput, options: BuildIndexOptions = {}): BuiltIndex {
  const { bucketBytes = 8 * 1024, fileBytes = 16 * 1024 * 1024, occurrencesPerPass = 80_000_000 } = options;
  const started = performance.now();
  const texts: SectionText[] = [];
  for (const { record } of input.reports) {
    for (const [, heading, text] of record.sections) texts.push({ text: foldText(searchableText(heading, text)) });
  }
  const sectionCount = texts.length;
  for (const { record } of input.reports) texts.push({ text: foldText(record.title) });

  const totalChars = texts.reduce((total, entry) => total + entry.text.length, 0);
  const passes = Math.max(1, Math.ceil(totalChars / occurrencesPerPass));
  const buckets = Math.max(64, 2 ** Math.ceil(Math.log2(Math.max(1, totalChars * 1.2) / bucketBytes)));

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
  const postings = packFiles(
    'postings',
    [...Array(buckets).keys()].map((bucket) => bucketContents[bucket] ?? emptyBucket()),
    fileBytes,
  );
  for (const [name, bytes] of postings.files) files.set(name, bytes);
  const bucketTable = new ByteWriter();
  for (const location of postings.locations) {
    bucketTable.varint(location.file);
    bucketTable.varint(location.length);
  }
  files.set(bucketTableFile, deflate(bucketTable.result()));

  const records = packFiles(
    'records',
    input.reports.map(({ record }) => encodeRecord(record)),
    fileBytes,
  );
  for (const [name, bytes] of records.files) files.set(name, bytes);
  files.set(metaFile, deflate(encodeMeta(input, records.locations)));
  files.set(facetsFile, deflate(encodeFacets(input)));

  const manifest: SearchManifest = {
    version: indexFormatVersion,
    reports: input.reports.length,
    sections: sectionCount,
    buckets,
    files: { postings: [...postings.files.keys()], records: [...records.files.keys()] },
    facets: input.facets,
  };
  files.set(manifestFile, new TextEncoder().encode(JSON.stringify(manifest)));
  return { manifest, files, stats: { terms, occurrences, passes, seconds: (performance.now() - started) / 1000 } };
}

let emptyBucketBytes: Uint8Array | undefined;
function emptyBucket(): Uint8Array {
  emptyBucketBytes ??= deflate(new Uint8Array([0]));
  return emptyBucketBytes;
}

/** Whether a letter or digit touches the n characters at `index`, before and after. */
function edgeFlags(text: string, index: number, n: number): number {
  let flags = 0;
  if (index > 0 && isAlphanumeric(text.charCodeAt(index - 1))) flags |= flagAlnumBefore;
  if (index + n < text.length && isAlphanumeric(text.charCodeAt(index + n))) flags |= flagAlnumAfter;
  return flags;
}

function termText(table: TermTable, id: number, words: readonly string[]): string {
  const first = table.first.data[id]!;
  const second = table.second.data[id]!;
  switch (table.kinds.data[id]) {
    case termKind.unigram:
      return String.fromCharCode(second);
    case termKind.bigram:
      return String.fromCharCode(first, second);
    case termKind.trigram:
      return String.fromCharCode(first, second >>> 16, second & 0xffff);
    default:
      return words[first]!;
  }
}

function indexPass(
  texts: readonly SectionText[],
  context: { pass: number; passes: number; buckets: number; totalSections: number; expectedOccurrences: number },
): { buckets: Map<number, Uint8Array>; terms: number; occurrences: number } {
  // Sized for the whole pass up front: doubling arrays of a hundred million entries costs seconds in copies and collections.
  const table = new TermTable(context.expectedOccurrences);
  const words: string[] = [];
  const wordIds = new Map<string, number>();
  const buckets = table.bucket;
  const bucketOfTerm = (id: number): number => {
    let bucket = buckets.data[id]!;
    if (bucket < 0) {
      bucket = bucketOf(prefixOfKind[table.kinds.data[id]!]! + termText(table, id, words), context.buckets);
      buckets.data[id] = bucket;
    }
    return bucket;
  };
  /** Every pass knows every term, but keeps occurrences only for the terms of its buckets. */
  const keep =
    context.passes === 1 ? () => true : (id: number): boolean => bucketOfTerm(id) % context.passes === context.pass;
  /** Last section each character was listed for: most characters repeat within a section. */
  const unigramSeen = new Int32Array(65536).fill(-1);
  /** Two letters or digits are never looked up as a bigram (such terms are words), nor two spaces. */
  const bigramId = (a: number, b: number, alnumA: boolean): number =>
    (alnumA && isAlphanumeric(b)) || (isSpace(a) && isSpace(b)) ? -1 : table.pair(termKind.bigram, a, b);

  texts.forEach(({ text }, section) => {
    const length = text.length;
    let wordStart = -1;
    for (let index = 0; index <= length; index += 1) {
      const a = index < length ? text.charCodeAt(index) : -1;
      const alnum = isAlphanumeric(a);
      if (alnum && wordStart < 0) wordStart = index;
      if (!alnum && wordStart >= 0) {
        const word = text.slice(wordStart, index);
        let wordIndex = wordIds.get(word);
        if (wordIndex === undefined) {
          wordIndex = words.length;
          words.push(word);
          wordIds.set(word, wordIndex);
        }
        const id = table.pair(termKind.word, wordIndex, 0);
        if (keep(id)) table.addOnce(id, section);
        wordStart = -1;
      }
      if (index === length || a === newline) continue;
      if (!alnum && !isSpace(a) && unigramSeen[a] !== section) {
        unigramSeen[a] = section;
        const id = table.unigram(a);
        if (keep(id)) table.addOnce(id, section);
      }
      const b = index + 1 < length ? text.charCodeAt(index + 1) : newline;
      if (b === newline) continue;
      const c = index + 2 < length ? text.charCodeAt(index + 2) : newline;
      let bigram: number;
      let trigram = -1;
      if (c === newline) {
        bigram = bigramId(a, b, alnum);
      } else {
        // The bigram starting here is the trigram's prefix: one lookup serves both.
        trigram = table.pair(termKind.trigram, a, (b << 16) | c);
        bigram = table.prefix.data[trigram]!;
        if (bigram === -2) {
          bigram = bigramId(a, b, alnum);
          table.prefix.data[trigram] = bigram;
        }
      }
      if (bigram >= 0 && keep(bigram)) {
        if (alnum || isAlphanumeric(b)) {
          const before = index > 0 && isAlphanumeric(text.charCodeAt(index - 1)) ? flagAlnumBefore : 0;
          table.add(bigram, section, index * 4 + before + (isAlphanumeric(c) ? flagAlnumAfter : 0));
        } else {
          table.addOnce(bigram, section);
        }
      }
      if (trigram >= 0 && keep(trigram)) table.add(trigram, section, index * 4 + edgeFlags(text, index, 3));
    }
  });

  const grouped = table.grouped();
  const byBucket = new Map<number, { key: string; bytes: Uint8Array }[]>();
  for (let id = 0; id < table.size; id += 1) {
    const bucket = bucketOfTerm(id);
    if (bucket % context.passes !== context.pass) continue;
    const key = prefixOfKind[table.kinds.data[id]!]! + termText(table, id, words);
    const from = grouped.start[id]!;
    const to = grouped.start[id + 1]!;
    const { positional, flagged } = postingsShape(key);
    const bytes = positional
      ? encodePositions(grouped.sections, grouped.values, from, to, flagged)
      : encodeSections(grouped.sections, from, to, context.totalSections);
    const list = byBucket.get(bucket) ?? [];
    list.push({ key, bytes });
    byBucket.set(bucket, list);
  }

  const encoded = new Map<number, Uint8Array>();
  for (const [bucket, entries] of byBucket) {
    entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const writer = new ByteWriter();
    writer.varint(entries.length);
    for (const entry of entries) {
      writer.string(entry.key);
      writer.varint(entry.bytes.length);
    }
    for (const entry of entries) writer.bytes(entry.bytes);
    encoded.set(bucket, deflate(writer.result(), postingsLevel));
  }
  return { buckets: encoded, terms: byBucketTerms(byBucket), occurrences: table.occurrences };
}

function byBucketTerms(byBucket: Map<number, unknown[]>): number {
  let count = 0;
  for (const entries of byBucket.values()) count += entries.length;
  return count;
}
