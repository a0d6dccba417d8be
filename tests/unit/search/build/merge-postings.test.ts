import { describe, expect, it } from 'vitest';
import { encodePositions, encodeSections } from '../../../../src/lib/search/build/encode-postings.ts';
import { mergeTermPostings } from '../../../../src/lib/search/build/merge-postings.ts';
import { decodePositions, decodeSections } from '../../../../src/lib/search/decode-index.ts';

const sectionList = (ids: number[], total: number) => encodeSections(Int32Array.from(ids), 0, ids.length, total);

describe('merging a term’s postings from several parts', () => {
  it('maps each part’s sections and interleaves them in order', () => {
    // Part A's sections 0–2 are merged sections 0, 4 and 5; part B's sections 0–2 are 1, 2 and 6.
    const a = { bytes: sectionList([0, 2], 3), sectionMap: Int32Array.from([0, 4, 5]) };
    const b = { bytes: sectionList([0, 1, 2], 3), sectionMap: Int32Array.from([1, 2, 6]) };
    const merged = mergeTermPostings('u:教', [a, b], 1000);
    expect([...decodeSections(merged).sections]).toEqual([0, 1, 2, 5, 6]);
    expect(merged).toEqual(sectionList([0, 1, 2, 5, 6], 1000));
  });

  it('chooses a bitmap by the merged section count, whatever the parts chose', () => {
    const a = { bytes: sectionList([0, 1, 2, 3, 4, 5], 6), sectionMap: Int32Array.from([0, 2, 4, 6, 8, 10]) };
    expect(a.bytes[0]).toBe(1);
    const sparse = mergeTermPostings('u:教', [a], 10_000);
    expect(sparse[0]).toBe(0);
    expect([...decodeSections(sparse).sections]).toEqual([0, 2, 4, 6, 8, 10]);
    const dense = mergeTermPostings('u:教', [a], 12);
    expect(dense).toEqual(sectionList([0, 2, 4, 6, 8, 10], 12));
    expect(dense[0]).toBe(1);
  });

  it('keeps the positions and flags of positional terms with their sections', () => {
    const encode = (sections: number[], values: number[], flagged: boolean) =>
      encodePositions(Int32Array.from(sections), Int32Array.from(values), 0, sections.length, flagged);
    const a = { bytes: encode([0, 0, 1], [3 * 4 + 1, 9 * 4 + 2, 0], true), sectionMap: Int32Array.from([2, 7]) };
    const b = { bytes: encode([0, 1, 1], [5 * 4 + 3, 4, 8], true), sectionMap: Int32Array.from([0, 3]) };
    const merged = mergeTermPostings('b:4年', [a, b], 100);
    expect(merged).toEqual(encode([0, 2, 2, 3, 3, 7], [5 * 4 + 3, 3 * 4 + 1, 9 * 4 + 2, 4, 8, 0], true));
    const decoded = decodePositions(merged, true);
    expect([...decoded.sections]).toEqual([0, 2, 3, 7]);
    expect([...decoded.starts!]).toEqual([0, 1, 3, 5, 6]);
  });

  it('writes trigrams without flags as plain positions', () => {
    const bytes = encodePositions(Int32Array.from([0, 1]), Int32Array.from([4 * 4 + 1, 6 * 4]), 0, 2, false);
    const merged = mergeTermPostings('t:教育局', [{ bytes, sectionMap: Int32Array.from([5, 9]) }], 20);
    expect([...decodePositions(merged, false).positions!]).toEqual([4 * 4, 6 * 4]);
    expect([...decodePositions(merged, false).sections]).toEqual([5, 9]);
  });
});
