import { ByteWriter } from '../byte-codec.ts';
import { deflate, postingsLevel } from './deflate.ts';
import { concat } from './pack-files.ts';

/**
 * How a term's occurrences are written in its bucket. Listed terms (a section
 * set) are gaps or a bitmap; positional terms carry every position.
 */

/** Section ids as gaps, or as a bitmap when that is smaller. */
export function encodeSections(sections: Int32Array, from: number, to: number, totalSections: number): Uint8Array {
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
export function encodePositions(
  sections: Int32Array,
  values: Int32Array,
  from: number,
  to: number,
  flags: boolean,
): Uint8Array {
  const writer = new ByteWriter(Math.max(16, (to - from) * 3));
  let sectionTotal = 0;
  for (let index = from; index < to; index += 1)
    if (index === from || sections[index] !== sections[index - 1]) sectionTotal += 1;
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

export interface BucketEntry {
  key: string;
  /**
   * The term's postings, as encodeSections or encodePositions wrote them; for
   * a segmented term, its segment table (the count, then each segment's length).
   */
  bytes: Uint8Array;
  /** A segmented term's segments (segmentsOf), each deflated on its own; empty ones are empty arrays. */
  segments?: Uint8Array[];
}

/**
 * A bucket: a varint with the length of its deflated directory, the directory
 * (the number of terms, each key with its byte length × 2 + 1 if segmented,
 * then those bytes one after another), and then the segments of its segmented
 * terms, in key order. Keys are sorted (the entries in place), so the same
 * terms always give the same bytes.
 */
export function encodeBucket(entries: BucketEntry[]): Uint8Array {
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const writer = new ByteWriter();
  writer.varint(entries.length);
  for (const entry of entries) {
    writer.string(entry.key);
    writer.varint(entry.bytes.length * 2 + (entry.segments ? 1 : 0));
  }
  for (const entry of entries) writer.bytes(entry.bytes);
  return bucketBlob(
    deflate(writer.result(), postingsLevel),
    entries.flatMap((entry) => entry.segments ?? []),
  );
}

function bucketBlob(directory: Uint8Array, segments: readonly Uint8Array[]): Uint8Array {
  const prefix = new ByteWriter(8);
  prefix.varint(directory.length);
  return concat([prefix.result(), directory, ...segments]);
}

let emptyBucketBytes: Uint8Array | undefined;

/** A bucket no term hashed to. */
export function emptyBucket(): Uint8Array {
  emptyBucketBytes ??= bucketBlob(deflate(new Uint8Array([0])), []);
  return emptyBucketBytes;
}
