import { ByteReader, ByteWriter } from '../byte-codec.ts';
import { decodePositionSpans, decodeSections } from '../decode-index.ts';
import { postingsShape, type SegmentLayout, segmentsOf, storedInSegments } from '../format.ts';
import { deflate, inflate, postingsLevel } from './deflate.ts';
import { type BucketEntry, encodeSections } from './encode-postings.ts';
import { concatSections } from './merge-postings.ts';

/**
 * Common terms in segments by section range. Building and merging both
 * encode a term whole first and cut it here, so the two give the same bytes;
 * the merge joins a shard's segments back into the whole form to read them.
 */

/** A term's bucket entry: its postings whole, or cut into segments when it is common and the archive long. */
export function entryOf(key: string, bytes: Uint8Array, layout: SegmentLayout): BucketEntry {
  if (!storedInSegments(sectionCountOf(key, bytes), layout)) return { key, bytes };
  const ranges = segmentsOf(layout);
  const parts = postingsShape(key).positional
    ? cutPositions(bytes, ranges)
    : cutSections(bytes, ranges, layout.sections + layout.reports);
  const segments = parts.map((part) => (part ? deflate(part, postingsLevel) : new Uint8Array()));
  const table = new ByteWriter(4 + segments.length * 3);
  table.varint(segments.length);
  for (const segment of segments) table.varint(segment.length);
  return { key, bytes: table.result(), segments };
}

/**
 * A segmented term's postings whole again, from its deflated segments, as
 * the builder wrote them before cutting (`totalSections` counts the index's
 * sections and titles, as encodeSections takes it).
 */
export function joinSegments(key: string, segments: readonly Uint8Array[], totalSections: number): Uint8Array {
  const parts = segments.filter((segment) => segment.length > 0).map(inflate);
  if (!postingsShape(key).positional) {
    const sections = concatSections(parts.map((part) => decodeSections(part).sections));
    return encodeSections(sections, 0, sections.length, totalSections);
  }
  const spans = parts.map((part) => ({ part, ...decodePositionSpans(part) }));
  const writer = new ByteWriter(parts.reduce((total, part) => total + part.length, 16));
  writer.varint(spans.reduce((total, span) => total + span.sections.length, 0));
  let previous = -1;
  for (const { part, sections, starts, ends } of spans) {
    sections.forEach((section, row) => {
      writer.varint(section - previous - 1);
      writer.bytes(part.subarray(starts[row]!, ends[row]!));
      previous = section;
    });
  }
  return writer.result();
}

/** The count field of a term's whole postings: sections first for positions, after the mode for lists. */
function sectionCountOf(key: string, bytes: Uint8Array): number {
  const reader = new ByteReader(bytes);
  if (!postingsShape(key).positional) reader.varint();
  return reader.varint();
}

type Ranges = readonly { from: number; to: number }[];

/** Per range, the rows of the ascending sections that fall in it: ranges follow one another and cover them all. */
function rowsPerRange(sections: Int32Array, ranges: Ranges): { first: number; end: number }[] {
  let row = 0;
  return ranges.map(({ to }) => {
    const first = row;
    while (row < sections.length && sections[row]! < to) row += 1;
    return { first, end: row };
  });
}

/** Per range, the sections of it with their positions as encodePositions writes them; undefined for none. */
function cutPositions(bytes: Uint8Array, ranges: Ranges): (Uint8Array | undefined)[] {
  const { sections, starts, ends } = decodePositionSpans(bytes);
  return rowsPerRange(sections, ranges).map(({ first, end }) => {
    if (end === first) return undefined;
    const writer = new ByteWriter(ends[end - 1]! - starts[first]! + 16);
    writer.varint(end - first);
    let previous = -1;
    for (let at = first; at < end; at += 1) {
      writer.varint(sections[at]! - previous - 1);
      writer.bytes(bytes.subarray(starts[at]!, ends[at]!));
      previous = sections[at]!;
    }
    return writer.result();
  });
}

function cutSections(bytes: Uint8Array, ranges: Ranges, totalSections: number): (Uint8Array | undefined)[] {
  const { sections } = decodeSections(bytes);
  return rowsPerRange(sections, ranges).map(({ first, end }) =>
    end === first ? undefined : encodeSections(sections, first, end, totalSections),
  );
}
