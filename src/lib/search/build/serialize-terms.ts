import { postingsShape } from '../format.ts';
import { type BucketEntry, encodeBucket, encodePositions, encodeSections } from './encode-postings.ts';
import type { TermTable } from './term-table.ts';

/**
 * Writes the postings of the table's terms whose buckets belong to this pass:
 * each term's occurrences encoded by its shape, then each bucket's terms as
 * one deflated bucket.
 */
export function serializeTerms(
  table: TermTable,
  context: { buckets: number; inPass: (bucket: number) => boolean; totalSections: number },
): { buckets: Map<number, Uint8Array>; terms: number } {
  const grouped = table.grouped();
  const byBucket = new Map<number, BucketEntry[]>();
  let terms = 0;
  for (let id = 0; id < table.size; id += 1) {
    const bucket = table.bucketOf(id, context.buckets);
    if (!context.inPass(bucket)) continue;
    const key = table.key(id);
    const from = grouped.start[id]!;
    const to = grouped.start[id + 1]!;
    const { positional, flagged } = postingsShape(key);
    const bytes = positional
      ? encodePositions(grouped.sections, grouped.values, from, to, flagged)
      : encodeSections(grouped.sections, from, to, context.totalSections);
    const list = byBucket.get(bucket) ?? [];
    list.push({ key, bytes });
    byBucket.set(bucket, list);
    terms += 1;
  }
  const buckets = new Map<number, Uint8Array>();
  for (const [bucket, entries] of byBucket) buckets.set(bucket, encodeBucket(entries));
  return { buckets, terms };
}
