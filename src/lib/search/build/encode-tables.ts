import { ByteWriter } from '../byte-codec.ts';
import type { IndexInput } from './index-input.ts';
import type { RecordHeader, ReportRecord } from '../format.ts';
import { deflate } from './deflate.ts';
import { concat, type Location } from './pack-files.ts';

const encoder = new TextEncoder();

/**
 * A report's record: the byte length of its head as a varint, the head
 * (deflated JSON: what a result shows and where each text is), then every
 * section's UTF-8 text, one after another, deflated as one stream.
 */
export function encodeRecord(record: ReportRecord): Uint8Array {
  const texts = record.sections.map(([, , text]) => encoder.encode(text));
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
  const prefix = new ByteWriter(8);
  prefix.varint(head.length);
  return concat([prefix.result(), head, deflate(concat(texts))]);
}

/**
 * What every query needs about every report, column by column (columns
 * compress better than rows): section count, year, and where its record is.
 */
export function encodeMeta(input: IndexInput, records: readonly Location[]): Uint8Array {
  const writer = new ByteWriter();
  writer.varint(input.reports.length);
  for (const { record } of input.reports) writer.varint(record.sections.length);
  for (const { record } of input.reports) writer.varint(record.year === null ? 0 : record.year - 1900);
  for (const location of records) writer.varint(location.file);
  for (const location of records) writer.varint(location.length);
  return writer.result();
}

/**
 * The codes of each report's facet values, facet by facet. Kept apart from
 * the meta file: the first results of a query without filters do not wait for
 * them, only the counts beside the filters do.
 */
export function encodeFacets(input: IndexInput): Uint8Array {
  const writer = new ByteWriter();
  input.facets.forEach((_, facet) => {
    for (const { facetCodes } of input.reports) {
      const codes = facetCodes[facet] ?? [];
      writer.varint(codes.length);
      for (const code of codes) writer.varint(code);
    }
  });
  return writer.result();
}

/** Where each bucket is: its postings file and byte length, in bucket order (offsets follow from the lengths). */
export function encodeBucketTable(buckets: readonly Location[]): Uint8Array {
  const writer = new ByteWriter();
  for (const location of buckets) {
    writer.varint(location.file);
    writer.varint(location.length);
  }
  return writer.result();
}
