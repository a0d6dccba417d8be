import { ByteWriter } from '../byte-codec.ts';
import { type BucketLocation, type Location, locationBytes, type RecordHeader, type ReportRecord } from '../format.ts';
import { deflate } from './deflate.ts';
import { concat } from './pack-files.ts';

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
    region: record.region,
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
 * A page of the bucket table: the first bucket's offset in its file, the
 * bucket count, then each bucket's file, length and the length of its tail of
 * segments (0 for most).
 */
export function encodeBucketPage(buckets: readonly BucketLocation[]): Uint8Array {
  const writer = new ByteWriter();
  writer.varint(buckets[0]?.offset ?? 0);
  writer.varint(buckets.length);
  for (const location of buckets) {
    writer.varint(location.file);
    writer.varint(location.length);
    writer.varint(location.tail);
  }
  return writer.result();
}

/**
 * The section table in pages of `sectionsPerPage` section ids (the manifest's). A page names
 * the report its first section belongs to and that report's first section,
 * then the section counts of that and each next report starting in the page,
 * so a page alone tells which report each of its sections belongs to.
 */
export function encodeSectionPages(sectionCounts: ArrayLike<number>, sectionsPerPage: number): Uint8Array[] {
  const pages: Uint8Array[] = [];
  let report = 0;
  let start = 0;
  let total = 0;
  for (let index = 0; index < sectionCounts.length; index += 1) total += sectionCounts[index]!;
  for (let pageStart = 0; pageStart < total; pageStart += sectionsPerPage) {
    while (start + sectionCounts[report]! <= pageStart) start += sectionCounts[report++]!;
    const counts: number[] = [];
    let next = report;
    for (let at = start; next < sectionCounts.length && at < pageStart + sectionsPerPage; next += 1) {
      counts.push(sectionCounts[next]!);
      at += sectionCounts[next]!;
    }
    const writer = new ByteWriter();
    writer.varint(report);
    writer.varint(counts.length);
    writer.varint(start);
    for (const count of counts) writer.varint(count);
    pages.push(writer.result());
  }
  return pages;
}

/** Every report's record location as three little-endian uint32s, so a reader fetches one report's by range. */
export function encodeLocations(records: readonly Location[]): Uint8Array {
  const bytes = new Uint8Array(records.length * locationBytes);
  const view = new DataView(bytes.buffer);
  records.forEach(({ file, offset, length }, report) => {
    view.setUint32(report * locationBytes, file, true);
    view.setUint32(report * locationBytes + 4, offset, true);
    view.setUint32(report * locationBytes + 8, length, true);
  });
  return bytes;
}

/** Years in archive order as runs of equal years. */
export function yearRunsOf(years: Iterable<number | null>): [number | null, number][] {
  const runs: [number | null, number][] = [];
  for (const year of years) {
    const last = runs.at(-1);
    if (last && last[0] === year) last[1] += 1;
    else runs.push([year, 1]);
  }
  return runs;
}
