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
  if (runs.length === 1) return encodeSections(runs[0]!, 0, runs[0]!.length, totalSections);
  // A section belongs to one part only, so the ids are distinct; a typed array sorts them natively.
  const sections = concatSections(runs).sort();
  return encodeSections(sections, 0, sections.length, totalSections);
}

/** Lists of section ids one after another, in one array. */
export function concatSections(lists: readonly Int32Array[]): Int32Array {
  const sections = new Int32Array(lists.reduce((total, list) => total + list.length, 0));
  let length = 0;
  for (const list of lists) {
    sections.set(list, length);
    length += list.length;
  }
  return sections;
}

/** Parts a merge can take: a part's number rides in the low bits of a sort key. */
const partBits = 12;

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
  const copy = (part: (typeof parts)[number], index: number): void => {
    writer.varint(part.sections[index]! - previous - 1);
    writer.bytes(part.bytes.subarray(part.starts[index]!, part.ends[index]!));
    previous = part.sections[index]!;
  };
  if (parts.length === 1) {
    for (let index = 0; index < sectionCount; index += 1) copy(parts[0]!, index);
    return writer.result();
  }
  if (parts.length >= 2 ** partBits) throw new Error(`合并检索索引：一个词出现在 ${parts.length} 个分片里，超过了上限`);
  // Each section's id and part in one number, sorted natively; a part's sections come in its own order.
  const keys = new Float64Array(sectionCount);
  let at = 0;
  parts.forEach((part, number) => {
    for (const section of part.sections) keys[at++] = section * 2 ** partBits + number;
  });
  keys.sort();
  const cursor = new Int32Array(parts.length);
  for (const key of keys) {
    const number = key % 2 ** partBits;
    copy(parts[number]!, cursor[number]!++);
  }
  return writer.result();
}

/** Maps section ids in place. */
function mapSections(sections: Int32Array, sectionMap: Int32Array): Int32Array {
  for (let index = 0; index < sections.length; index += 1) sections[index] = sectionMap[sections[index]!]!;
  return sections;
}
