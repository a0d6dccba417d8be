import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  emptyBucket,
  encodeBucket,
  encodePositions,
  encodeSections,
} from '../../../../src/lib/search/build/encode-postings.ts';
import {
  decodeBucket,
  decodePositions,
  decodeSections,
  splitBucketBlob,
} from '../../../../src/lib/search/decode-index.ts';

const inflate = (bytes: Uint8Array) => new Uint8Array(inflateRawSync(bytes));
const directoryOf = (blob: Uint8Array) => decodeBucket(inflate(splitBucketBlob(blob).directory));

describe('section lists', () => {
  it('are written as gaps when few sections have the term', () => {
    const sections = Int32Array.from([3, 4, 900, 5000]);
    const bytes = encodeSections(sections, 0, 4, 100_000);
    expect(bytes[0]).toBe(0);
    expect([...decodeSections(bytes).sections]).toEqual([3, 4, 900, 5000]);
  });

  it('are written as a bitmap when that is smaller, and read back the same', () => {
    const sections = Int32Array.from({ length: 400 }, (_, index) => index * 2 + 1);
    const bytes = encodeSections(sections, 0, 400, 800);
    expect(bytes[0]).toBe(1);
    expect(bytes.length).toBeLessThan(110);
    expect([...decodeSections(bytes).sections]).toEqual([...sections]);
  });

  it('take only the given slice of the grouped occurrences', () => {
    const sections = Int32Array.from([1, 2, 7, 9, 11]);
    expect([...decodeSections(encodeSections(sections, 1, 4, 100)).sections]).toEqual([2, 7, 9]);
  });
});

describe('positions', () => {
  const sections = Int32Array.from([0, 0, 0, 5, 9, 9]);
  const values = Int32Array.from([0 * 4 + 1, 7 * 4, 30 * 4 + 3, 2 * 4 + 2, 1 * 4, 400 * 4 + 1]);

  it('round-trip with their flags, grouped by section', () => {
    const postings = decodePositions(encodePositions(sections, values, 0, 6, true), true);
    expect([...postings.sections]).toEqual([0, 5, 9]);
    expect([...postings.starts!]).toEqual([0, 3, 4, 6]);
    expect([...postings.positions!]).toEqual([...values]);
  });

  it('drop the flags for terms that carry none', () => {
    const postings = decodePositions(encodePositions(sections, values, 0, 6, false), false);
    expect([...postings.positions!]).toEqual([...values].map((value) => value & ~3));
  });
});

describe('buckets', () => {
  it('hold their terms in key order, each with its postings', () => {
    const entries = [
      { key: 'u:育', bytes: new Uint8Array([0, 1, 4]) },
      { key: 'b:教育', bytes: new Uint8Array([0, 2, 0, 0]) },
      { key: 't:教育局', bytes: new Uint8Array([1, 0, 1, 0]) },
    ];
    const blob = encodeBucket([...entries]);
    expect(splitBucketBlob(blob).tail).toHaveLength(0);
    const bucket = directoryOf(blob);
    expect([...bucket.directory.keys()]).toEqual(['b:教育', 't:教育局', 'u:育']);
    for (const { key, bytes } of entries) {
      const { offset, length } = bucket.directory.get(key)!;
      expect([...bucket.data.subarray(offset, offset + length)]).toEqual([...bytes]);
    }
  });

  it('give the same bytes whatever order the terms come in', () => {
    const a = { key: 'b:甲乙', bytes: new Uint8Array([0, 1, 0]) };
    const b = { key: 'b:丙丁', bytes: new Uint8Array([0, 1, 3]) };
    expect(encodeBucket([a, b])).toEqual(encodeBucket([b, a]));
  });

  it('are empty where no term hashed', () => {
    expect(directoryOf(emptyBucket()).directory.size).toBe(0);
    expect(splitBucketBlob(emptyBucket()).tail).toHaveLength(0);
  });
});
