import { describe, expect, it } from 'vitest';
import { ByteWriter } from '../../../src/lib/search/byte-codec.ts';
import {
  decodeBucket,
  decodeBucketPage,
  decodePositionSpans,
  decodePositions,
  decodeSections,
} from '../../../src/lib/search/decode-index.ts';

describe('decoding postings', () => {
  it('reads a section list written as gaps', () => {
    // Mode 0, three sections, gaps 2, 0, 4 (each gap is one less than the difference).
    expect([...decodeSections(Uint8Array.of(0, 3, 2, 0, 4)).sections]).toEqual([2, 3, 8]);
  });

  it('reads a section list written as a bitmap, lowest bit first', () => {
    expect([...decodeSections(Uint8Array.of(1, 4, 0b00100101, 0b1)).sections]).toEqual([0, 2, 5, 8]);
  });

  it('reads positions with their flags, section by section', () => {
    // Two sections (gaps 1 and 0 → 1, 2); section 1 has positions 3 (flag 1) and 5 (flag 2), section 2 has 0.
    const postings = decodePositions(Uint8Array.of(2, 1, 2, 3 * 4 + 1, 1 * 4 + 2, 0, 1, 0), true);
    expect([...postings.sections]).toEqual([1, 2]);
    expect([...postings.starts!]).toEqual([0, 2, 3]);
    expect([...postings.positions!]).toEqual([3 * 4 + 1, 5 * 4 + 2, 0]);
  });

  it('finds where each section’s positions are written, to copy them unchanged', () => {
    // Sections 1 and 2; section 1 has two positions, one of them taking two bytes, section 2 has one.
    const bytes = Uint8Array.of(2, 1, 2, 0x81, 0x01, 9, 0, 1, 0);
    const { sections, starts, ends } = decodePositionSpans(bytes);
    expect([...sections]).toEqual([1, 2]);
    expect([...bytes.subarray(starts[0], ends[0])]).toEqual([2, 0x81, 0x01, 9]);
    expect([...bytes.subarray(starts[1], ends[1])]).toEqual([1, 0]);
  });

  it('reads positions without flags as plain gaps', () => {
    const postings = decodePositions(Uint8Array.of(1, 0, 2, 3, 1), false);
    expect([...postings.positions!]).toEqual([3 * 4, 5 * 4]);
  });
});

describe('decoding tables', () => {
  it('works out each bucket’s offset from the page’s first offset and the lengths before it, from 0 in a new file', () => {
    // First offset 9, four buckets as (file, length, tail): (0, 5, 0), (0, 7, 4), (1, 3, 0), (1, 2, 0).
    expect(decodeBucketPage(Uint8Array.of(9, 4, 0, 5, 0, 0, 7, 4, 1, 3, 0, 1, 2, 0))).toEqual([
      { file: 0, offset: 9, length: 5, tail: 0 },
      { file: 0, offset: 14, length: 7, tail: 4 },
      { file: 1, offset: 0, length: 3, tail: 0 },
      { file: 1, offset: 3, length: 2, tail: 0 },
    ]);
  });

  it('reads a bucket’s directory, pointing into its data and its tail of segments', () => {
    // Three terms: "u:甲" with 2 bytes of postings, "u:乙" in three segments (a table of 4 bytes: the count, then
    // lengths 5, 0 and 2) and "u:丙" with 1 byte; then those bytes. Lengths go × 2, plus 1 for a segmented term.
    const writer = new ByteWriter();
    writer.varint(3);
    writer.string('u:甲');
    writer.varint(2 * 2);
    writer.string('u:乙');
    writer.varint(4 * 2 + 1);
    writer.string('u:丙');
    writer.varint(1 * 2);
    writer.bytes(Uint8Array.of(9, 9, 3, 5, 0, 2, 7));
    const { directory, data } = decodeBucket(writer.result());
    expect([...directory.keys()]).toEqual(['u:甲', 'u:乙', 'u:丙']);
    const last = directory.get('u:丙')!;
    expect([...data.subarray(last.offset, last.offset + last.length)]).toEqual([7]);
    expect(directory.get('u:甲')!.segments).toBeUndefined();
    // Segments lie one after another in the bucket's tail, in directory order.
    expect(directory.get('u:乙')!.segments).toEqual([
      { offset: 0, length: 5 },
      { offset: 5, length: 0 },
      { offset: 5, length: 2 },
    ]);
  });
});
