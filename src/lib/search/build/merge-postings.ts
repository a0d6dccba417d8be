import { decodePositions, decodeSections } from '../decode-index.ts';
import { type Postings, postingsShape } from '../format.ts';
import { encodePositions, encodeSections } from './encode-postings.ts';

/** A term's postings in one part, and the map from that part's section ids to the merged index's. */
export interface TermSource {
  bytes: Uint8Array;
  sectionMap: Int32Array;
}

/**
 * One term's postings in the merged index: each part's decoded, its section
 * ids mapped, the parts merged by section (a section belongs to one part
 * only), then encoded as the builder encodes them. `totalSections` counts the
 * merged index's sections, title pseudo-sections included: a section list
 * becomes a bitmap by that count.
 */
export function mergeTermPostings(key: string, sources: readonly TermSource[], totalSections: number): Uint8Array {
  const { positional, flagged } = postingsShape(key);
  const parts = sources.map(({ bytes, sectionMap }) => {
    const postings = positional ? decodePositions(bytes, flagged) : decodeSections(bytes);
    const { sections } = postings;
    for (let index = 0; index < sections.length; index += 1) sections[index] = sectionMap[sections[index]!]!;
    return postings;
  });
  const runs = parts.map((postings) => postings.sections);
  if (!positional) {
    const sections = new Int32Array(runs.reduce((total, run) => total + run.length, 0));
    let length = 0;
    mergeRuns(runs, (run, index) => {
      sections[length++] = runs[run]![index]!;
    });
    return encodeSections(sections, 0, length, totalSections);
  }
  const occurrences = parts.reduce((total, postings) => total + postings.positions!.length, 0);
  const sections = new Int32Array(occurrences);
  const values = new Int32Array(occurrences);
  let length = 0;
  mergeRuns(runs, (run, index) => {
    const { sections: ids, starts, positions } = parts[run] as Required<Postings>;
    for (let at = starts[index]!; at < starts[index + 1]!; at += 1) {
      sections[length] = ids[index]!;
      values[length++] = positions[at]!;
    }
  });
  return encodePositions(sections, values, 0, length, flagged);
}

/**
 * Visits the entries of sorted runs of distinct ids in increasing order, in
 * O(n log k) for n entries in k runs: the runs' heads sit in a binary heap.
 */
function mergeRuns(runs: readonly Int32Array[], visit: (run: number, index: number) => void): void {
  const cursor = new Int32Array(runs.length);
  const heap: number[] = [];
  const head = (run: number): number => runs[run]![cursor[run]!]!;
  const siftDown = (from: number): void => {
    let at = from;
    for (;;) {
      const left = at * 2 + 1;
      if (left >= heap.length) return;
      const right = left + 1;
      const child = right < heap.length && head(heap[right]!) < head(heap[left]!) ? right : left;
      if (head(heap[at]!) <= head(heap[child]!)) return;
      [heap[at], heap[child]] = [heap[child]!, heap[at]!];
      at = child;
    }
  };
  runs.forEach((run, index) => {
    if (run.length > 0) heap.push(index);
  });
  for (let at = (heap.length >> 1) - 1; at >= 0; at -= 1) siftDown(at);
  while (heap.length > 0) {
    const run = heap[0]!;
    visit(run, cursor[run]!);
    cursor[run]! += 1;
    if (cursor[run] === runs[run]!.length) {
      const last = heap.pop()!;
      if (heap.length === 0) return;
      heap[0] = last;
    }
    siftDown(0);
  }
}
