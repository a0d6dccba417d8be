import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePositions, encodeSections } from '../../../../src/lib/search/build/encode-postings.ts';
import { entryOf, joinSegments } from '../../../../src/lib/search/build/segment-postings.ts';
import { ByteReader } from '../../../../src/lib/search/byte-codec.ts';
import { decodePositions, decodeSections } from '../../../../src/lib/search/decode-index.ts';
import { segmentsOf } from '../../../../src/lib/search/format.ts';

/** 25 real sections in pages of 10, then 5 titles: segments [0, 10), [10, 20), [20, 25) and the titles [25, 30). */
const layout = { sections: 25, reports: 5, sectionsPerPage: 10, segmentFrom: 4 };
const total = layout.sections + layout.reports;

/** A trigram in sections 1, 3, 4, 21 and title 27, with positions packed as encodePositions takes them. */
const trigramSections = Int32Array.of(1, 1, 3, 4, 21, 27);
const trigramValues = Int32Array.of(0, 20, 8, 4, 400, 0);
const trigram = encodePositions(trigramSections, trigramValues, 0, trigramSections.length, false);

/** A segmented term's table: its count, then each segment's length; the lengths as read. */
const tableOf = (bytes: Uint8Array) => {
  const reader = new ByteReader(bytes);
  return Array.from({ length: reader.varint() }, () => reader.varint());
};
const inflate = (bytes: Uint8Array) => new Uint8Array(inflateRawSync(bytes));

describe('segmented postings', () => {
  it('leave a term found in fewer sections than the threshold whole', () => {
    const rare = encodeSections(Int32Array.of(2, 9, 26), 0, 3, total);
    expect(entryOf('u:甲', rare, layout)).toEqual({ key: 'u:甲', bytes: rare });
  });

  it('leave every term whole while the archive has one section page', () => {
    expect(entryOf('t:教育局', trigram, { ...layout, sectionsPerPage: 25 }).segments).toBeUndefined();
  });

  it('cut a positional term by segment, each segment decoding to its own sections and positions', () => {
    const entry = entryOf('t:教育局', trigram, layout);
    const ranges = segmentsOf(layout);
    expect(entry.segments).toHaveLength(ranges.length);
    expect(tableOf(entry.bytes)).toEqual(entry.segments!.map((segment) => segment.length));
    // The segment [10, 20) has no sections: it is stored as nothing.
    expect(entry.segments![1]).toHaveLength(0);
    const decoded = entry.segments!.map((segment) =>
      segment.length === 0 ? undefined : decodePositions(inflate(segment), false),
    );
    expect([...decoded[0]!.sections]).toEqual([1, 3, 4]);
    expect([...decoded[0]!.positions!]).toEqual([0, 20, 8, 4]);
    expect([...decoded[2]!.sections]).toEqual([21]);
    expect([...decoded[3]!.sections]).toEqual([27]);
    expect(joinSegments('t:教育局', entry.segments!, total)).toEqual(trigram);
  });

  it('cut a section list by segment, and join it back to the same bytes', () => {
    const sections = Int32Array.of(0, 5, 11, 12, 19, 24, 25, 29);
    const list = encodeSections(sections, 0, sections.length, total);
    const entry = entryOf('u:教', list, layout);
    expect(entry.segments!.map((segment) => [...decodeSections(inflate(segment)).sections])).toEqual([
      [0, 5],
      [11, 12, 19],
      [24],
      [25, 29],
    ]);
    expect(joinSegments('u:教', entry.segments!, total)).toEqual(list);
  });
});
