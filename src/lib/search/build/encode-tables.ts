import { ByteWriter } from '../byte-codec.ts';
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
export function encodeMeta(
  reports: readonly { sectionCount: number; year: number | null }[],
  records: readonly Location[],
): Uint8Array {
  const writer = new ByteWriter();
  writer.varint(reports.length);
  for (const report of reports) writer.varint(report.sectionCount);
  for (const report of reports) writer.varint(report.year === null ? 0 : report.year - 1900);
  for (const location of records) writer.varint(location.file);
  for (const location of records) writer.varint(location.length);
  return writer.result();
}

/**
 * The codes of each report's facet values (per report, a list of codes per
 * facet in the manifest's order), facet by facet. Kept apart from
 * the meta file: the first results of a query without filters do not wait for
 * them, only the counts beside the filters do.
 */
export function encodeFacets(facetCount: number, reportCodes: readonly (readonly number[][])[]): Uint8Array {
  const writer = new ByteWriter();
  for (let facet = 0; facet < facetCount; facet += 1) {
    for (const facetCodes of reportCodes) {
      const codes = facetCodes[facet] ?? [];
      writer.varint(codes.length);
      for (const code of codes) writer.varint(code);
    }
  }
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
