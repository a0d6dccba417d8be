import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { serializeTerms } from '../../../../src/lib/search/build/serialize-terms.ts';
import { TermTable } from '../../../../src/lib/search/build/term-table.ts';
import { tokenizeTexts } from '../../../../src/lib/search/build/tokenize-texts.ts';
import { bucketOf, defaultSectionsPerPage, postingsShape } from '../../../../src/lib/search/format.ts';
import {
  decodeBucket,
  decodePositions,
  decodeSections,
  splitBucketBlob,
} from '../../../../src/lib/search/decode-index.ts';

const texts = ['教育局2021年工作总结', '全县教师培训，教育局组织', 'gps定位 教育'];
const layout = { sections: texts.length, reports: 0, sectionsPerPage: defaultSectionsPerPage, segmentFrom: 2 };

function tokenized(): TermTable {
  const table = new TermTable();
  tokenizeTexts(texts, table, () => true);
  return table;
}

/** Every term's decoded postings, by key, from the written buckets. */
function readBack(buckets: Map<number, Uint8Array>, bucketCount: number) {
  const postings = new Map<string, { sections: number[]; positions?: number[] }>();
  for (const [bucket, bytes] of buckets) {
    const { directory, data } = decodeBucket(new Uint8Array(inflateRawSync(splitBucketBlob(bytes).directory)));
    for (const [key, { offset, length }] of directory) {
      expect(bucketOf(key, bucketCount)).toBe(bucket);
      const { positional, flagged } = postingsShape(key);
      const entry = data.subarray(offset, offset + length);
      const decoded = positional ? decodePositions(entry, flagged) : decodeSections(entry);
      postings.set(key, {
        sections: [...decoded.sections],
        ...(decoded.positions ? { positions: [...decoded.positions] } : {}),
      });
    }
  }
  return postings;
}

describe('serializing a pass', () => {
  it('writes every term once, in its bucket, with its sections and positions', () => {
    const table = tokenized();
    const { buckets, terms } = serializeTerms(table, { buckets: 64, inPass: () => true, layout });
    expect(terms).toBe(table.size);
    const postings = readBack(buckets, 64);
    expect(postings.size).toBe(table.size);
    expect(postings.get('t:教育局')).toEqual({ sections: [0, 1], positions: [0, 28] });
    expect(postings.get('b:教育')).toEqual({ sections: [0, 1, 2] });
    expect(postings.get('w:2021')).toEqual({ sections: [0] });
    expect(postings.get('b:1年')?.positions).toEqual([6 * 4 + 1]);
  });

  it('writes only the buckets of its pass', () => {
    const table = tokenized();
    const all = serializeTerms(table, { buckets: 64, inPass: () => true, layout });
    const even = serializeTerms(table, {
      buckets: 64,
      inPass: (bucket) => bucket % 2 === 0,
      layout,
    });
    expect([...even.buckets.keys()].every((bucket) => bucket % 2 === 0)).toBe(true);
    expect(even.terms).toBeLessThan(all.terms);
    for (const [bucket, bytes] of even.buckets) expect(bytes).toEqual(all.buckets.get(bucket));
  });
});
