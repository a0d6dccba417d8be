import { ByteReader } from './byte-codec.ts';
import type { FacetCodes, Postings, ReportMeta, SearchManifest } from './format.ts';

/**
 * Decoders of the index's binary files, shared by the reader and by the merge
 * of shard indexes (build/merge-indexes.ts); the builder's encoders
 * (build/encode-*.ts) write what these read.
 */

/** A bucket's term directory (key → where its postings are in `data`) and its inflated bytes. */
export interface Bucket {
  directory: Map<string, { offset: number; length: number }>;
  data: Uint8Array;
}

export function decodeLocations(reader: ByteReader, count: number) {
  const locations: { file: number; offset: number; length: number }[] = [];
  const offsets = new Map<number, number>();
  for (let index = 0; index < count; index += 1) {
    const file = reader.varint();
    const length = reader.varint();
    const offset = offsets.get(file) ?? 0;
    locations.push({ file, offset, length });
    offsets.set(file, offset + length);
  }
  return locations;
}

export function decodeMeta(bytes: Uint8Array): ReportMeta[] {
  const reader = new ByteReader(bytes);
  const count = reader.varint();
  const reports: ReportMeta[] = Array.from({ length: count }, () => ({
    sectionCount: reader.varint(),
    year: null,
    record: { file: 0, offset: 0, length: 0 },
  }));
  for (const report of reports) {
    const year = reader.varint();
    report.year = year === 0 ? null : year + 1900;
  }
  for (const report of reports) report.record.file = reader.varint();
  const offsets = new Map<number, number>();
  for (const report of reports) {
    report.record.length = reader.varint();
    report.record.offset = offsets.get(report.record.file) ?? 0;
    offsets.set(report.record.file, report.record.offset + report.record.length);
  }
  return reports;
}

export function decodeFacets(bytes: Uint8Array, manifest: SearchManifest): FacetCodes {
  const reader = new ByteReader(bytes);
  const codes: FacetCodes = Array.from({ length: manifest.reports }, () => ({}));
  for (const facet of manifest.facets) {
    for (const report of codes) {
      const values: number[] = [];
      for (let length = reader.varint(); length > 0; length -= 1) values.push(reader.varint());
      report[facet.key] = values;
    }
  }
  return codes;
}

export function decodeBucket(bytes: Uint8Array): Bucket {
  const reader = new ByteReader(bytes);
  const count = reader.varint();
  const entries: { key: string; length: number }[] = [];
  for (let index = 0; index < count; index += 1) entries.push({ key: reader.string(), length: reader.varint() });
  const directory = new Map<string, { offset: number; length: number }>();
  let offset = reader.offset;
  for (const entry of entries) {
    directory.set(entry.key, { offset, length: entry.length });
    offset += entry.length;
  }
  return { directory, data: bytes };
}

export function decodeSections(bytes: Uint8Array): Postings {
  const reader = new ByteReader(bytes);
  const mode = reader.varint();
  const count = reader.varint();
  const sections = new Int32Array(count);
  if (mode === 0) {
    let previous = -1;
    for (let index = 0; index < count; index += 1) {
      previous += reader.varint() + 1;
      sections[index] = previous;
    }
    return { sections };
  }
  const bitmap = bytes.subarray(reader.offset);
  let index = 0;
  for (let byte = 0; byte < bitmap.length; byte += 1) {
    const bits = bitmap[byte]!;
    if (bits === 0) continue;
    for (let bit = 0; bit < 8; bit += 1) if (bits & (1 << bit)) sections[index++] = byte * 8 + bit;
  }
  return { sections };
}

export function decodePositions(bytes: Uint8Array, flagged: boolean): Postings {
  const reader = new ByteReader(bytes);
  const sectionCount = reader.varint();
  const sections = new Int32Array(sectionCount);
  const starts = new Int32Array(sectionCount + 1);
  // At least one position per section; grown by doubling, which beats a plain array's pushes several times over.
  let positions = new Int32Array(Math.max(16, sectionCount * 2));
  let length = 0;
  let previousSection = -1;
  for (let index = 0; index < sectionCount; index += 1) {
    previousSection += reader.varint() + 1;
    sections[index] = previousSection;
    starts[index] = length;
    let previous = -1;
    for (let count = reader.varint(); count > 0; count -= 1) {
      const value = reader.varint();
      previous += (flagged ? value >>> 2 : value) + 1;
      if (length === positions.length) {
        const grown = new Int32Array(positions.length * 2);
        grown.set(positions);
        positions = grown;
      }
      positions[length++] = previous * 4 + (flagged ? value & 3 : 0);
    }
  }
  starts[sectionCount] = length;
  return { sections, starts, positions: positions.subarray(0, length) };
}

/**
 * A positional term's sections, and where each section's occurrence count and
 * position gaps lie in `bytes` (from `starts[i]` to `ends[i]`). Those bytes do
 * not depend on the section's id, so the merge of shard indexes copies them
 * as they are and only rewrites the gaps between sections.
 */
export function decodePositionSpans(bytes: Uint8Array): { sections: Int32Array; starts: Int32Array; ends: Int32Array } {
  const reader = new ByteReader(bytes);
  const sectionCount = reader.varint();
  const sections = new Int32Array(sectionCount);
  const starts = new Int32Array(sectionCount);
  const ends = new Int32Array(sectionCount);
  let previousSection = -1;
  for (let index = 0; index < sectionCount; index += 1) {
    previousSection += reader.varint() + 1;
    sections[index] = previousSection;
    starts[index] = reader.offset;
    reader.skipVarints(reader.varint());
    ends[index] = reader.offset;
  }
  return { sections, starts, ends };
}
