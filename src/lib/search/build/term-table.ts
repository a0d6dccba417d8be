/**
 * The builder's term dictionary and occurrence lists, in typed arrays: a
 * 10,000-report archive has some sixty million trigram occurrences, which
 * JavaScript objects per occurrence could not hold within the memory budget.
 *
 * Each kind of term has its own lookup: single characters index an array
 * directly, bigrams and trigrams live in open-addressing hash tables keyed by
 * their code units as integers. All kinds share one id space, so occurrences
 * can be grouped by term with one counting sort, which keeps each term's
 * occurrences in insertion order (by section, then position).
 */

import { bucketOf, termPrefix } from '../format.ts';

const termKind = { trigram: 0, bigram: 1, unigram: 2, word: 3 } as const;
const prefixOfKind = [termPrefix.trigram, termPrefix.bigram, termPrefix.unigram, termPrefix.word];

class GrowableInt32 {
  data: Int32Array;
  length = 0;

  constructor(capacity = 1 << 16) {
    this.data = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
}

function mix(a: number, b: number): number {
  let hash = Math.imul(a ^ 0x2545f491, 0x9e3779b1);
  hash = Math.imul(hash ^ b ^ (hash >>> 15), 0x85ebca6b);
  return hash ^ (hash >>> 13);
}

/**
 * Open addressing on pairs of 32-bit integers. A slot is three adjacent
 * integers (first, second, id + 1, with 0 meaning empty), so a probe touches
 * one cache line: lookups dominate index building.
 */
class PairTable {
  private slots = new Int32Array(3 << 16);
  private mask = (1 << 16) - 1;
  private size = 0;

  find(a: number, b: number): number {
    const slots = this.slots;
    let slot = mix(a, b) & this.mask;
    for (;;) {
      const at = slot * 3;
      const id = slots[at + 2]!;
      if (id === 0) return -1 - slot;
      if (slots[at] === a && slots[at + 1] === b) return id - 1;
      slot = (slot + 1) & this.mask;
    }
  }

  insert(emptySlot: number, a: number, b: number, id: number): void {
    const at = emptySlot * 3;
    this.slots[at] = a;
    this.slots[at + 1] = b;
    this.slots[at + 2] = id + 1;
    this.size += 1;
    if (this.size * 2 > this.mask) this.grow();
  }

  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    this.slots = new Int32Array(capacity * 3);
    this.mask = capacity - 1;
    for (let at = 0; at < old.length; at += 3) {
      if (old[at + 2] === 0) continue;
      let target = mix(old[at]!, old[at + 1]!) & this.mask;
      while (this.slots[target * 3 + 2] !== 0) target = (target + 1) & this.mask;
      this.slots.set(old.subarray(at, at + 3), target * 3);
    }
  }
}

export class TermTable {
  /** For trigrams, the id of their first two characters' bigram: -2 until known, -1 when not indexed. */
  readonly prefix = new GrowableInt32();
  /** Per term id: kind and the two integers of its key. */
  private readonly kinds = new GrowableInt32();
  private readonly first = new GrowableInt32();
  private readonly second = new GrowableInt32();
  /** Bucket of each term, -1 until asked for. */
  private readonly bucket = new GrowableInt32();
  private readonly lastSection = new GrowableInt32();
  private readonly unigrams = new Int32Array(65536).fill(-1);
  private readonly pairs = [new PairTable(), new PairTable(), new PairTable(), new PairTable()];
  /** Words by number, and the number of each: a word term's key holds its number. */
  private readonly words: string[] = [];
  private readonly wordNumbers = new Map<string, number>();
  private readonly occurrenceTerm: GrowableInt32;
  private readonly occurrenceValue: GrowableInt32;
  /**
   * Occurrences come section by section, so a section is stored once per run
   * (the section and the occurrence its run starts at), not once per
   * occurrence: four bytes less for each of the hundred million occurrences
   * of a big pass.
   */
  private readonly runSection = new GrowableInt32();
  private readonly runStart = new GrowableInt32();

  /**
   * `expectedOccurrences` sizes the occurrence lists up front (doubling lists
   * of a hundred million entries costs seconds in copies and collections);
   * they still grow past it.
   */
  constructor(expectedOccurrences = 1 << 20) {
    const capacity = Math.max(1 << 16, expectedOccurrences);
    this.occurrenceTerm = new GrowableInt32(capacity);
    this.occurrenceValue = new GrowableInt32(capacity);
  }

  /** Forgets every occurrence, keeping the terms and their ids, for the next pass over the same texts. */
  clearOccurrences(): void {
    this.occurrenceTerm.length = 0;
    this.occurrenceValue.length = 0;
    this.runSection.length = 0;
    this.runStart.length = 0;
    this.lastSection.data.fill(-1);
  }

  get size(): number {
    return this.kinds.length;
  }

  get occurrences(): number {
    return this.occurrenceTerm.length;
  }

  private create(kind: number, first: number, second: number): number {
    const id = this.kinds.length;
    this.kinds.push(kind);
    this.first.push(first);
    this.second.push(second);
    this.bucket.push(-1);
    this.prefix.push(-2);
    this.lastSection.push(-1);
    return id;
  }

  unigram(code: number): number {
    let id = this.unigrams[code]!;
    if (id < 0) {
      id = this.create(termKind.unigram, 0, code);
      this.unigrams[code] = id;
    }
    return id;
  }

  bigram(a: number, b: number): number {
    return this.pair(termKind.bigram, a, b);
  }

  trigram(a: number, b: number, c: number): number {
    return this.pair(termKind.trigram, a, (b << 16) | c);
  }

  word(text: string): number {
    let number = this.wordNumbers.get(text);
    if (number === undefined) {
      number = this.words.length;
      this.words.push(text);
      this.wordNumbers.set(text, number);
    }
    return this.pair(termKind.word, number, 0);
  }

  /** Bigrams, trigrams (first code unit, then the other two packed) and words (by number) share this lookup. */
  private pair(kind: number, first: number, second: number): number {
    const table = this.pairs[kind]!;
    const found = table.find(first, second);
    if (found >= 0) return found;
    const id = this.create(kind, first, second);
    table.insert(-1 - found, first, second, id);
    return id;
  }

  /** A term's key in the index: its kind's prefix and its text. */
  key(id: number): string {
    const first = this.first.data[id]!;
    const second = this.second.data[id]!;
    const kind = this.kinds.data[id]!;
    return prefixOfKind[kind]! + termText(kind, first, second, this.words);
  }

  /** The bucket of a term, hashed once: every pass asks for every term's. */
  bucketOf(id: number, bucketCount: number): number {
    let bucket = this.bucket.data[id]!;
    if (bucket < 0) {
      bucket = bucketOf(this.key(id), bucketCount);
      this.bucket.data[id] = bucket;
    }
    return bucket;
  }

  /**
   * Records that a term occurs in a section; `value` is a packed position for
   * positional terms. Sections must come in increasing order.
   */
  add(term: number, section: number, value: number): void {
    const runs = this.runSection.length;
    const current = runs === 0 ? -1 : this.runSection.data[runs - 1]!;
    if (section !== current) {
      if (section < current) throw new Error(`term table: section ${section} after section ${current}`);
      this.runSection.push(section);
      this.runStart.push(this.occurrenceTerm.length);
    }
    this.occurrenceTerm.push(term);
    this.occurrenceValue.push(value);
  }

  /** Records a section for a listed term, once per section. */
  addOnce(term: number, section: number): void {
    if (this.lastSection.data[term] === section) return;
    this.lastSection.data[term] = section;
    this.add(term, section, 0);
  }

  /**
   * Occurrences grouped by term: `start[t]..start[t+1]` index into `sections`
   * and `values`. With `only`, just the terms whose `partOf` entry is `part`
   * are copied, so a pass can group its occurrences a part at a time.
   */
  grouped(only?: { partOf: Int16Array; part: number }): {
    start: Int32Array;
    sections: Int32Array;
    values: Int32Array;
  } {
    const included = only ? (term: number) => only.partOf[term] === only.part : () => true;
    const termCount = this.kinds.length;
    const count = this.occurrenceTerm.length;
    const start = new Int32Array(termCount + 1);
    const terms = this.occurrenceTerm.data;
    for (let index = 0; index < count; index += 1) {
      const term = terms[index]!;
      if (included(term)) start[term + 1]! += 1;
    }
    for (let term = 0; term < termCount; term += 1) start[term + 1]! += start[term]!;
    const cursor = start.slice(0, termCount);
    const sections = new Int32Array(start[termCount]!);
    const values = new Int32Array(start[termCount]!);
    const sourceValues = this.occurrenceValue.data;
    const runSections = this.runSection.data;
    const runStarts = this.runStart.data;
    const runs = this.runSection.length;
    let run = 0;
    for (let index = 0; index < count; index += 1) {
      const term = terms[index]!;
      if (!included(term)) continue;
      while (run + 1 < runs && index >= runStarts[run + 1]!) run += 1;
      const target = cursor[term]!++;
      sections[target] = runSections[run]!;
      values[target] = sourceValues[index]!;
    }
    return { start, sections, values };
  }
}

function termText(kind: number, first: number, second: number, words: readonly string[]): string {
  switch (kind) {
    case termKind.unigram:
      return String.fromCharCode(second);
    case termKind.bigram:
      return String.fromCharCode(first, second);
    case termKind.trigram:
      return String.fromCharCode(first, second >>> 16, second & 0xffff);
    default:
      return words[first]!;
  }
}
