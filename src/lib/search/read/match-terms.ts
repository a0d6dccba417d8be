import { flagAlnumAfter, flagAlnumBefore, isAlphanumeric, type Postings, termPrefix } from '../format.ts';
import type { QueryTerm } from './parse-query.ts';
import type { SearchIndex } from './search-index.ts';

export interface ReportHit {
  report: number;
  /** The title contains every term. */
  titleHit: boolean;
  /** Matching section ids, in report order. */
  sections: number[];
}

/** How far a segmented query has got: the hits so far, in archive order, and the share of sections searched. */
export interface MatchProgress {
  hits: readonly ReportHit[];
  searched: number;
}

/** Segments fetched ahead of the one being matched: enough to keep a connection busy, few enough to stay small. */
const segmentsAhead = 3;

/**
 * Every report with a section (or title) containing all the terms, in
 * archive order; every report when there are no terms. When a term is stored
 * in segments (a common one in a large archive), the query runs segment by
 * segment: the titles first, then the sections newest first. After the titles
 * and the first segment `onProgress` hears the hits so far, and the next
 * segments wait for its promise (so that the first results are shown before
 * more bytes compete for the connection); after each later one it hears again.
 */
export async function matchReports(
  index: SearchIndex,
  terms: readonly QueryTerm[],
  onProgress?: (progress: MatchProgress) => Promise<void> | void,
): Promise<ReportHit[]> {
  if (terms.length === 0)
    return Array.from({ length: index.manifest.reports }, (_, report) => ({ report, titleHit: false, sections: [] }));
  const keys = terms.flatMap((term) => keysOf(term.folded));
  const segmented = (await Promise.all(keys.map((key) => index.isSegmented(key)))).some(Boolean);
  const titles = index.segments.length - 1;
  // A pass is a segment, or undefined for a query with no segmented term: one pass over whole postings.
  const passes: (number | undefined)[] = segmented
    ? [titles, ...Array.from({ length: titles }, (_, segment) => segment)]
    : [undefined];
  const fetchPass = (pass: number | undefined) => (key: string) => index.postings(key, pass);
  // A report's hit by report number: a query can match every report, and array slots beat a Map there.
  const hitOf = new Array<ReportHit | undefined>(index.manifest.reports);
  const hits: ReportHit[] = [];
  for (let at = 0; at < passes.length; at += 1) {
    // Until the first results are out only the first segment is fetched ahead (with the titles); then a few.
    const reach = Math.min(passes.length - 1, at <= 1 ? 1 : at + segmentsAhead);
    for (let ahead = at + 1; ahead <= reach; ahead += 1) {
      for (const key of keys) fetchPass(passes[ahead])(key).catch(() => undefined);
    }
    const lists = await Promise.all(terms.map((term) => sectionsWithTerm(fetchPass(passes[at]), term.folded)));
    const matched = lists.reduce((acc, list) => intersect(acc, list));
    await index.loadSections(matched);
    addHits(index, matched, hitOf, hits);
    const pass = passes[at];
    if (pass === undefined || pass === titles || at === passes.length - 1) continue;
    hits.sort(byReport);
    await onProgress?.({ hits, searched: index.segments[pass]!.to / index.manifest.sections });
  }
  return hits.sort(byReport);
}

/** Adds matched sections to their reports' hits, making a hit for a report met first. */
function addHits(index: SearchIndex, matched: Int32Array, hitOf: (ReportHit | undefined)[], hits: ReportHit[]): void {
  for (const section of matched) {
    const report = index.reportOfSection(section);
    let hit = hitOf[report];
    if (!hit) {
      hit = { report, titleHit: false, sections: [] };
      hitOf[report] = hit;
      hits.push(hit);
    }
    if (section >= index.manifest.sections) hit.titleHit = true;
    else hit.sections.push(section);
  }
}

function byReport(a: ReportHit, b: ReportHit): number {
  return a.report - b.report;
}

/** The index keys a term is looked up by (see sectionsWithTerm). */
function keysOf(term: string): string[] {
  if (term.length === 0) return [];
  if (Array.from(term).every((char) => isAlphanumeric(char.charCodeAt(0)))) return [termPrefix.word + term];
  if (term.length === 1) return [termPrefix.unigram + term];
  if (term.length === 2) return [termPrefix.bigram + term];
  return phraseOffsets(term).map((offset) => termPrefix.trigram + term.slice(offset, offset + 3));
}

type Lookup = (key: string) => Promise<Postings | undefined>;

/** Sections (title pseudo-sections included) containing one term, ascending. */
async function sectionsWithTerm(lookup: Lookup, term: string): Promise<Int32Array> {
  if (term.length === 0) return new Int32Array();
  if (term.length > 2 && !Array.from(term).every((char) => isAlphanumeric(char.charCodeAt(0))))
    return sectionsWithPhrase(lookup, term);
  const [key] = keysOf(term);
  const postings = await lookup(key!);
  if (!postings?.positions) return postings?.sections ?? new Int32Array();
  return wholeWordSections(postings, isAlphanumeric(term.charCodeAt(0)), isAlphanumeric(term.charCodeAt(1)));
}

/** Offsets 0, 3, 6 … and the last trigram's: together they cover every character. */
function phraseOffsets(term: string): number[] {
  const offsets: number[] = [];
  for (let offset = 0; offset < term.length - 3; offset += 3) offsets.push(offset);
  offsets.push(term.length - 3);
  return offsets;
}

/**
 * A term of three or more characters: the trigrams at offsets 0, 3, 6 … and
 * the last one cover every character; a section matches where all of them sit
 * at the right distances. Flags on the first and last trigram make a term
 * that starts or ends with a letter or digit match whole words only.
 */
async function sectionsWithPhrase(lookup: Lookup, term: string): Promise<Int32Array> {
  const offsets = phraseOffsets(term);
  const postings = await Promise.all(
    offsets.map((offset) => lookup(termPrefix.trigram + term.slice(offset, offset + 3))),
  );
  if (postings.some((entry) => !entry)) return new Int32Array();
  const checkBefore = isAlphanumeric(term.charCodeAt(0));
  const checkAfter = isAlphanumeric(term.charCodeAt(term.length - 1));
  const last = offsets.length - 1;

  // Walk the rarest trigram's sections and look the others up: common trigrams (教育) have tens of thousands.
  const lists = postings.map((entry) => entry!.sections);
  let driver = 0;
  lists.forEach((list, k) => {
    if (list.length < lists[driver]!.length) driver = k;
  });
  const cursors = postings.map(() => 0);
  const matches: number[] = [];
  for (let row = 0; row < lists[driver]!.length; row += 1) {
    const section = lists[driver]![row]!;
    let present = true;
    for (let k = 0; k <= last && present; k += 1) {
      if (k === driver) {
        cursors[k] = row;
        continue;
      }
      const list = lists[k]!;
      let cursor = cursors[k]!;
      while (cursor < list.length && list[cursor]! < section) cursor += 1;
      cursors[k] = cursor;
      present = list[cursor] === section;
    }
    if (!present) continue;
    const starts = positionsIn(postings[0]!, cursors[0]!);
    const found = starts.some((packed) => {
      const start = packed >> 2;
      if (checkBefore && packed & flagAlnumBefore) return false;
      for (let k = 1; k <= last; k += 1) {
        const target = positionAt(positionsIn(postings[k]!, cursors[k]!), start + offsets[k]!);
        if (target === undefined) return false;
        if (k === last && checkAfter && target & flagAlnumAfter) return false;
      }
      return !(last === 0 && checkAfter && packed & flagAlnumAfter);
    });
    if (found) matches.push(section);
  }
  return Int32Array.from(matches);
}

/** The packed entry for `position` in a section's ascending positions, found by halving. */
function positionAt(packed: Int32Array, position: number): number | undefined {
  let low = 0;
  let high = packed.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = packed[middle]! >> 2;
    if (value === position) return packed[middle];
    if (value < position) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

/** Sections with an occurrence that no letter or digit touches on the checked sides. */
function wholeWordSections(postings: Postings, checkBefore: boolean, checkAfter: boolean): Int32Array {
  const sections: number[] = [];
  postings.sections.forEach((section, row) => {
    const clean = positionsIn(postings, row).some(
      (packed) => !(checkBefore && packed & flagAlnumBefore) && !(checkAfter && packed & flagAlnumAfter),
    );
    if (clean) sections.push(section);
  });
  return Int32Array.from(sections);
}

function positionsIn(postings: Postings, row: number): Int32Array {
  return postings.positions!.subarray(postings.starts![row]!, postings.starts![row + 1]!);
}

function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i += 1;
    else if (a[i]! > b[j]!) j += 1;
    else {
      out.push(a[i]!);
      i += 1;
      j += 1;
    }
  }
  return Int32Array.from(out);
}
