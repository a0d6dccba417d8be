import { ByteReader } from './byte-codec.ts';
import type { BucketLocation, Location, Postings } from './format.ts';

/**
 * Decoders of the index's binary files, shared by the reader and by the merge
 * of shard indexes (build/merge-indexes.ts); the builder's encoders
 * (build/encode-*.ts) write what these read.
 */

/** Where a term's bytes are in its bucket's directory; a segmented term's segments are in the bucket's tail. */
export interface TermRef {
  offset: number;
  length: number;
  /** For a segmented term: each segment's place in the tail (length 0: no sections there). */
  segments?: { offset: number; length: number }[];
}

/** A bucket's term directory (key → where its postings are in `data`) and its inflated bytes. */
export interface Bucket {
  directory: Map<string, TermRef>;
  data: Uint8Array;
}

/**
 * A page of the bucket table (encodeBucketPage): where its buckets lie in the
 * postings files. Offsets follow from the lengths, from the page's first
 * offset on and from 0 in each next file.
 */
export function decodeBucketPage(bytes: Uint8Array): BucketLocation[] {
  const reader = new ByteReader(bytes);
  let offset = reader.varint();
  const count = reader.varint();
  const locations: BucketLocation[] = [];
  let file = -1;
  for (let index = 0; index < count; index += 1) {
    const next = reader.varint();
    if (index > 0 && next !== file) offset = 0;
    file = next;
    const length = reader.varint();
    locations.push({ file, offset, length, tail: reader.varint() });
    offset += length;
  }
  return locations;
}

/** A stored bucket's deflated directory and its tail of segments (encodeBucket): the first varint is the directory's length. */
export function splitBucketBlob(blob: Uint8Array): { directory: Uint8Array; tail: Uint8Array } {
  const reader = new ByteReader(blob);
  const length = reader.varint();
  return {
    directory: blob.subarray(reader.offset, reader.offset + length),
    tail: blob.subarray(reader.offset + length),
  };
}

/** A page of the section table (encodeSectionPage): its first report and where that and each next report start. */
export interface SectionPage {
  firstReport: number;
  /** First section id of report `firstReport + i`; one more entry: where the last listed report ends. */
  starts: Int32Array;
}

export function decodeSectionPage(bytes: Uint8Array): SectionPage {
  const reader = new ByteReader(bytes);
  const firstReport = reader.varint();
  const starts = new Int32Array(reader.varint() + 1);
  starts[0] = reader.varint();
  for (let index = 1; index < starts.length; index += 1) starts[index] = starts[index - 1]! + reader.varint();
  return { firstReport, starts };
}

/** A report's entry of locations.bin: three little-endian uint32s. */
export function decodeLocation(bytes: Uint8Array): Location {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { file: view.getUint32(0, true), offset: view.getUint32(4, true), length: view.getUint32(8, true) };
}

/** A bucket's inflated directory: keys, where their bytes are, and where segmented terms' segments are in the tail. */
export function decodeBucket(bytes: Uint8Array): Bucket {
  const reader = new ByteReader(bytes);
  const count = reader.varint();
  const entries: { key: string; length: number; segmented: boolean }[] = [];
  for (let index = 0; index < count; index += 1) {
    const key = reader.string();
    const packed = reader.varint();
    entries.push({ key, length: Math.floor(packed / 2), segmented: packed % 2 === 1 });
  }
  const directory = new Map<string, TermRef>();
  let offset = reader.offset;
  let tailOffset = 0;
  for (const { key, length, segmented } of entries) {
    const ref: TermRef = { offset, length };
    if (segmented) {
      const table = new ByteReader(bytes.subarray(offset, offset + length));
      ref.segments = Array.from({ length: table.varint() }, () => {
        const segment = { offset: tailOffset, length: table.varint() };
        tailOffset += segment.length;
        return segment;
      });
    }
    directory.set(key, ref);
    offset += length;
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
