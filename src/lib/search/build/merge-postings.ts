import { ByteWriter } from '../byte-codec.ts';
import { decodePositionSpans, decodeSections } from '../decode-index.ts';
import { postingsShape } from '../format.ts';
import { encodeSections } from './encode-postings.ts';

/** A term's postings in one part, and the map from that part's section ids to the merged index's. */
export interface TermSource {
  bytes: Uint8Array;
  sectionMap: Int32Array;
}

/**
 * One term's postings in the merged index, written as the builder writes
 * them: each part's section ids mapped to the merged ones, and the parts
 * merged by section (a section belongs to one part only). `totalSections`
 * counts the merged index's sections, title pseudo-sections included: a
 * section list becomes a bitmap by that count.
 */
export function mergeTermPostings(key: string, sources: readonly TermSource[], totalSections: number): Uint8Array {
  return postingsShape(key).positional ? mergePositions(sources) : mergeSectionLists(sources, totalSections);
}

function mergeSectionLists(sources: readonly TermSource[], totalSections: number): Uint8Array {
  const runs = sources.map(({ bytes, sectionMap }) => mapSections(decodeSections(bytes).sections, sectionMap));
  const sections = new Int32Array(runs.reduce((total, run) => total + run.length, 0));
  let length = 0;
  mergeRuns(runs, (run, from, to) => {
    sections.set(runs[run]!.subarray(from, to), length);
    length += to - from;
  });
  return encodeSections(sections, 0, length, totalSections);
}

/**
 * Positions are written section by section: the gap from the previous
 * section, then the section's count and position gaps. Only the first
 * changes in a merge, so the rest is copied byte for byte.
 */
function mergePositions(sources: readonly TermSource[]): Uint8Array {
  const parts = sources.map(({ bytes, sectionMap }) => {
    const { sections, starts, ends } = decodePositionSpans(bytes);
    return { bytes, sections: mapSections(sections, sectionMap), starts, ends };
  });
  const sectionCount = parts.reduce((total, part) => total + part.sections.length, 0);
  const writer = new ByteWriter(sources.reduce((total, { bytes }) => total + bytes.length, 16));
  writer.varint(sectionCount);
  let previous = -1;
  mergeRuns(
    parts.map((part) => part.sections),
    (run, from, to) => {
      const { bytes, sections, starts, ends } = parts[run]!;
      for (let index = from; index < to; index += 1) {
        writer.varint(sections[index]! - previous - 1);
        writer.bytes(bytes.subarray(starts[index]!, ends[index]!));
        previous = sections[index]!;
      }
    },
  );
  return writer.result();
}

/** Maps section ids in place. */
function mapSections(sections: Int32Array, sectionMap: Int32Array): Int32Array {
  for (let index = 0; index < sections.length; index += 1) sections[index] = sectionMap[sections[index]!]!;
  return sections;
}

/**
 * Visits sorted runs of distinct ids in increasing order, a stretch of one run
 * at a time: `visit(run, from, to)` covers `runs[run][from … to - 1]`. The
 * runs' heads sit in a binary heap, so n ids in k runs take O(n log k), and
 * a run that leads for a while (a part's consecutive reports) costs one step.
 */
function mergeRuns(runs: readonly Int32Array[], visit: (run: number, from: number, to: number) => void): void {
  const cursor = new Int32Array(runs.length);
  const heap: number[] = [];
  const head = (run: number): number => runs[run]![cursor[run]!]!;
  const siftDown = (): void => {
    let at = 0;
    for (;;) {
      const left = at * 2 + 1;
      if (left >= heap.length) return;
      const right = left + 1;
      const child = right < heap.length && head(heap[right]!) < head(heap[left]!) ? right : left;
      if (head(heap[at]!) < head(heap[child]!)) return;
      [heap[at], heap[child]] = [heap[child]!, heap[at]!];
      at = child;
    }
  };
  runs.forEach((run, index) => {
    if (run.length > 0) heap.push(index);
  });
  heap.sort((a, b) => head(a) - head(b));
  while (heap.length > 0) {
    const run = heap[0]!;
    const ids = runs[run]!;
    // The next smallest head of the other runs is at one of the root's children.
    const limit = Math.min(
      heap.length > 1 ? head(heap[1]!) : Number.POSITIVE_INFINITY,
      heap.length > 2 ? head(heap[2]!) : Number.POSITIVE_INFINITY,
    );
    const from = cursor[run]!;
    let to = from + 1;
    while (to < ids.length && ids[to]! < limit) to += 1;
    visit(run, from, to);
    cursor[run] = to;
    if (to === ids.length) {
      const last = heap.pop()!;
      if (heap.length === 0) return;
      heap[0] = last;
    }
    siftDown();
  }
}
