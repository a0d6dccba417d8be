import { deflateRawSync } from 'node:zlib';
import type { Archive } from '../archive/types.ts';
import { countFacet, facets } from '../facets/registry.ts';
import { foldText } from '../text/fold.ts';
import { ByteWriter, bucketOf } from './codec.ts';
import { isAlphanumeric } from './query.ts';
import {
  flagAlnumAfter,
  flagAlnumBefore,
  indexFormatVersion,
  searchableText,
  termPrefix,
  hasEdgeFlags,
  type FacetValueTable,
  type RecordHeader,
  type ReportRecord,
  type SearchManifest,
} from './format.ts';
import { TermTable, termKind } from './term-table.ts';

/**
 * Everything the index is built from, as plain data, so the build can hand it
 * to a worker thread and render pages meanwhile.
 */
export interface IndexInput {
  /** Per report, in archive order. */
  reports: { record: ReportRecord; facetCodes: number[][] }[];
  /** Facet value tables, in registry order; `facetCodes[i]` index into `facets[i].values`. */
  facets: FacetValueTable[];
}

export interface BuiltIndex {
  manifest: SearchManifest;
  /** File name under the index folder → contents. */
  files: Map<string, Uint8Array>;
  stats: { terms: number; occurrences: number; passes: number };
}

export interface BuildIndexOptions {
  /** Aim for buckets of about this many compressed bytes. Default 8 KB. */
  bucketBytes?: number;
  /** Split postings and record files at about this size. Default 16 MB, under every static host's file limit. */
  fileBytes?: number;
  /** Characters handled per pass, bounding memory (about 20 bytes each). Default 80 million. */
  occurrencesPerPass?: number;
}

const DEFLATE_LEVEL = 4;
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
    const result = indexPass(texts, { pass, passes, buckets, totalSections: texts.length });
    terms += result.terms;
    occurrences += result.occurrences;
    for (const [bucket, bytes] of result.buckets) bucketContents[bucket] = bytes;
  }

  const files = new Map<string, Uint8Array>();
  const postings = packFiles('postings', [...Array(buckets).keys()].map((bucket) => bucketContents[bucket] ?? emptyBucket()), fileBytes);
  for (const [name, bytes] of postings.files) files.set(name, bytes);
  const bucketTable = new ByteWriter();
  for (const location of postings.locations) {
    bucketTable.varint(location.file);
    bucketTable.varint(location.length);
  }
  files.set('buckets.bin', deflate(bucketTable.result()));

  const encoder = new TextEncoder();
  const headerLengths: number[] = [];
  const records = packFiles(
    'records',
    input.reports.map(({ record }) => {
      const texts = record.sections.map(([, , text]) => deflate(encoder.encode(text)));
      const header: RecordHeader = {
        slug: record.slug,
        title: record.title,
        issuer: record.issuer,
        year: record.year,
        type: record.type,
        script: record.script,
        sections: record.sections.map(([anchor, heading], position) => [anchor, heading, texts[position]!.length]),
      };
      const head = deflate(encoder.encode(JSON.stringify(header)));
      headerLengths.push(head.length);
      return concat([head, ...texts]);
    }),
    fileBytes,
  );
  for (const [name, bytes] of records.files) files.set(name, bytes);
  files.set('meta.bin', deflate(encodeMeta(input, records.locations, headerLengths)));

  const manifest: SearchManifest = {
    version: indexFormatVersion,
    reports: input.reports.length,
    sections: sectionCount,
    buckets,
    files: { meta: 'meta.bin', bucketTable: 'buckets.bin', postings: [...postings.files.keys()], records: [...records.files.keys()] },
    facets: input.facets,
  };
  files.set('manifest.json', new TextEncoder().encode(JSON.stringify(manifest)));
  return { manifest, files, stats: { terms, occurrences, passes } };
}

/** Level 4: within a few per cent of the default's size at a fraction of its time. */
function deflate(bytes: Uint8Array): Uint8Array {
  return deflateRawSync(bytes, { level: DEFLATE_LEVEL });
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
  context: { pass: number; passes: number; buckets: number; totalSections: number },
): { buckets: Map<number, Uint8Array>; terms: number; occurrences: number } {
  const table = new TermTable();
  const words: string[] = [];
  const wordIds = new Map<string, number>();
  const buckets = table.bucket;
  /** Every pass knows every term, but keeps occurrences only for the terms of its buckets. */
  const keep = (id: number): boolean => {
    let bucket = buckets.data[id]!;
    if (bucket < 0) {
      bucket = bucketOf(prefixOfKind[table.kinds.data[id]!]! + termText(table, id, words), context.buckets);
      buckets.data[id] = bucket;
    }
    return bucket % context.passes === context.pass;
  };
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
    const bucket = buckets.data[id]!;
    if (bucket % context.passes !== context.pass) continue;
    const kind = table.kinds.data[id]!;
    const text = termText(table, id, words);
    const from = grouped.start[id]!;
    const to = grouped.start[id + 1]!;
    const positional = kind === termKind.trigram || (kind === termKind.bigram && hasEdgeFlags(text));
    const bytes = positional
      ? encodePositions(grouped.sections, grouped.values, from, to, hasEdgeFlags(text))
      : encodeSections(grouped.sections, from, to, context.totalSections);
    const list = byBucket.get(bucket) ?? [];
    list.push({ key: prefixOfKind[kind]! + text, bytes });
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
    encoded.set(bucket, deflate(writer.result()));
  }
  return { buckets: encoded, terms: byBucketTerms(byBucket), occurrences: table.occurrences };
}

function byBucketTerms(byBucket: Map<number, unknown[]>): number {
  let count = 0;
  for (const entries of byBucket.values()) count += entries.length;
  return count;
}

/** Section ids as gaps, or as a bitmap when that is smaller. */
function encodeSections(sections: Int32Array, from: number, to: number, totalSections: number): Uint8Array {
  const gaps = new ByteWriter(Math.max(16, (to - from) * 2));
  gaps.varint(0);
  gaps.varint(to - from);
  let previous = -1;
  for (let index = from; index < to; index += 1) {
    gaps.varint(sections[index]! - previous - 1);
    previous = sections[index]!;
  }
  const bitmapLength = Math.ceil(totalSections / 8);
  if (gaps.length <= bitmapLength + 4) return gaps.result();
  const bitmap = new Uint8Array(bitmapLength);
  for (let index = from; index < to; index += 1) {
    const section = sections[index]!;
    bitmap[section >> 3]! |= 1 << (section & 7);
  }
  const writer = new ByteWriter(bitmapLength + 8);
  writer.varint(1);
  writer.varint(to - from);
  writer.bytes(bitmap);
  return writer.result();
}

/** Per section: the gap to the previous section, the number of occurrences and the position gaps. */
function encodePositions(sections: Int32Array, values: Int32Array, from: number, to: number, flags: boolean): Uint8Array {
  const writer = new ByteWriter(Math.max(16, (to - from) * 3));
  let sectionTotal = 0;
  for (let index = from; index < to; index += 1) if (index === from || sections[index] !== sections[index - 1]) sectionTotal += 1;
  writer.varint(sectionTotal);
  let previousSection = -1;
  for (let index = from; index < to; ) {
    const section = sections[index]!;
    let end = index;
    while (end < to && sections[end] === section) end += 1;
    writer.varint(section - previousSection - 1);
    writer.varint(end - index);
    let previousPosition = -1;
    for (let at = index; at < end; at += 1) {
      const position = values[at]! >> 2;
      const gap = position - previousPosition - 1;
      writer.varint(flags ? gap * 4 + (values[at]! & 3) : gap);
      previousPosition = position;
    }
    previousSection = section;
    index = end;
  }
  return writer.result();
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

interface Location {
  file: number;
  offset: number;
  length: number;
}

/** Concatenates blobs into files of about `fileBytes`, remembering where each blob went. */
function packFiles(stem: string, blobs: readonly Uint8Array[], fileBytes: number): { files: Map<string, Uint8Array>; locations: Location[] } {
  const files = new Map<string, Uint8Array>();
  const locations: Location[] = [];
  let current: Uint8Array[] = [];
  let size = 0;
  const flush = () => {
    const data = new Uint8Array(size);
    let offset = 0;
    for (const part of current) {
      data.set(part, offset);
      offset += part.length;
    }
    files.set(`${stem}-${files.size}.bin`, data);
    current = [];
    size = 0;
  };
  for (const blob of blobs) {
    if (size > 0 && size + blob.length > fileBytes) flush();
    locations.push({ file: files.size, offset: size, length: blob.length });
    current.push(blob);
    size += blob.length;
  }
  flush();
  return { files, locations };
}

/**
 * Per report, column by column: section count, year, the codes of each
 * facet's values, and where its record is. Columns compress better than rows.
 */
function encodeMeta(input: IndexInput, records: readonly Location[], headerLengths: readonly number[]): Uint8Array {
  const writer = new ByteWriter();
  writer.varint(input.reports.length);
  for (const { record } of input.reports) writer.varint(record.sections.length);
  for (const { record } of input.reports) writer.varint(record.year === null ? 0 : record.year - 1900);
  input.facets.forEach((_, facet) => {
    for (const { facetCodes } of input.reports) {
      const codes = facetCodes[facet] ?? [];
      writer.varint(codes.length);
      for (const code of codes) writer.varint(code);
    }
  });
  for (const location of records) writer.varint(location.file);
  for (const location of records) writer.varint(location.length);
  for (const length of headerLengths) writer.varint(length);
  return writer.result();
}

/** The index input of an archive: records for display and facet codes from the facet registry. */
export function indexInputOf(archive: Archive): IndexInput {
  // Codes follow each facet's display order, so the search page lists values as the browse pages do.
  const tables = facets.map((facet) => ({
    facet,
    codes: new Map(countFacet(archive, facet).map((entry, code) => [entry.value, code])),
  }));
  return {
    facets: tables.map(({ facet, codes }) => ({
      key: facet.key,
      label: facet.label,
      param: facet.param,
      values: [...codes.keys()].map((value) => ({ value, label: facet.labelOf(value, archive) })),
    })),
    reports: archive.reports.map((report) => ({
      record: {
        slug: report.slug,
        title: report.meta.title,
        issuer: report.meta.issuer,
        year: report.meta.year,
        type: report.meta.type,
        script: report.meta.script,
        sections: report.sections.map((section): [string, string | null, string] => [section.id, section.heading, section.text]),
      },
      facetCodes: tables.map(({ facet, codes }) => facet.valuesOf(report).map((value) => codes.get(value)!)),
    })),
  };
}
