import { postingsShape, type SegmentLayout } from '../format.ts';
import { type BucketEntry, encodeBucket, encodePositions, encodeSections } from './encode-postings.ts';
import { entryOf } from './segment-postings.ts';
import type { TermTable } from './term-table.ts';

/**
 * Occurrences grouped at once: the grouped copy of a pass's occurrences is
 * made in parts of about this many, so it adds about 64 MB to the pass
 * instead of 8 bytes for every occurrence.
 */
const occurrencesPerGroup = 8_000_000;

/**
 * Writes the postings of the table's terms whose buckets belong to this pass:
 * each term's occurrences encoded by its shape, then each bucket's terms as
 * one deflated bucket, common ones cut into segments (entryOf). Terms are grouped and encoded a range of buckets at a
 * time (a bucket's terms always together, in id order), so the bytes do not
 * depend on how many parts there are.
 */
export function serializeTerms(
  table: TermTable,
  context: { buckets: number; inPass: (bucket: number) => boolean; layout: SegmentLayout },
): { buckets: Map<number, Uint8Array>; terms: number } {
  const parts = Math.max(1, Math.ceil(table.occurrences / occurrencesPerGroup));
  const partOf = new Int16Array(table.size).fill(-1);
  for (let id = 0; id < table.size; id += 1) {
    const bucket = table.bucketOf(id, context.buckets);
    if (context.inPass(bucket)) partOf[id] = Math.floor((bucket * parts) / context.buckets);
  }
  const buckets = new Map<number, Uint8Array>();
  let terms = 0;
  for (let part = 0; part < parts; part += 1) {
    // A bucket's terms all fall in one part, so its bucket is finished with the part: deflating it then keeps only
    // one part's plain postings in memory, not the whole pass's (some 300 MB at 12,000 reports).
    const byBucket = new Map<number, BucketEntry[]>();
    const grouped = table.grouped({ partOf, part });
    for (let id = 0; id < table.size; id += 1) {
      if (partOf[id] !== part) continue;
      const key = table.key(id);
      const from = grouped.start[id]!;
      const to = grouped.start[id + 1]!;
      const { positional, flagged } = postingsShape(key);
      const bytes = positional
        ? encodePositions(grouped.sections, grouped.values, from, to, flagged)
        : encodeSections(grouped.sections, from, to, context.layout.sections + context.layout.reports);
      const bucket = table.bucketOf(id, context.buckets);
      const list = byBucket.get(bucket) ?? [];
      list.push(entryOf(key, bytes, context.layout));
      byBucket.set(bucket, list);
      terms += 1;
    }
    for (const [bucket, entries] of byBucket) buckets.set(bucket, encodeBucket(entries));
  }
  return { buckets, terms };
}
