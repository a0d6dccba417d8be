import { flagAlnumAfter, flagAlnumBefore, isAlphanumeric, type Postings, termPrefix } from '../format.ts';
import type { QueryTerm } from './parse-query.ts';
import type { SearchIndex } from './search-index.ts';
import type { SectionRange } from './term-postings.ts';

export interface ReportHit {
  report: number;
  /** The title contains every term. */
  titleHit: boolean;
  /** Matching section ids, in report order. */
  sections: number[];
}

/** How far a query read segment by segment has got: the share of sections searched, and the hits so far. */
export interface MatchProgress {
  searched: number;
  /** A copy of the hits so far, in archive order (the query goes on adding to its own). */
  hits(): ReportHit[];
}

/** Segments fetched ahead of the one being matched: enough to keep a connection busy, few enough to stay small. */
const segmentsAhead = 3;

/**
 * Every report with a section (or title) containing all the terms, in
 * archive order; every report when there are no terms.
 *
 * When a term is stored in segments (a common one in a large archive), the
 * query runs segment by segment, newest reports first: each pass reads one
 * section page's sections and the titles of the reports that start in it,
 * and a pass where some term is known to be absent is skipped unread. After
 * the first pass `onProgress` hears the hits so far and the next passes wait
 * for its promise, so that the first results are shown before more bytes
 * compete for the connection; it hears again after each later pass but the
 * last.
 */
export async function matchReports(
  index: SearchIndex,
  terms: readonly QueryTerm[],
  onProgress?: (progress: MatchProgress) => Promise<void> | void,
): Promise<ReportHit[]> {
  if (terms.length === 0)
    return Array.from({ length: index.manifest.reports }, (_, report) => ({ report, titleHit: false, sections: [] }));
  const keys = terms.flatMap((term) => keysOf(term.folded));
  const stored = await Promise.all(keys.map((key) => index.isSegmented(key)));
  // Every key must occur in a matching section: one the index lacks leaves nothing to find.
  if (stored.includes(undefined)) return [];
  const found = new Hits(index);
  if (!stored.includes(true)) {
    found.add(await matchRange(index, terms, keys, index.everything));
    return found.list();
  }
  const pages = index.segments.slice(0, -1);
  const titles = index.segments.at(-1)!;
  const withTitles = await mayMatch(index, keys, titles);
  // The titles are read a page's reports at a time, from one segment: fetch it with the first page.
  if (withTitles) prefetch(index, keys, titles, undefined);
  let reportsDone = 0;
  for (let page = 0; page < pages.length; page += 1) {
    // A page's segments and its section page come at once; until the first results are out only the first page is
    // read, then a few ahead.
    const reach = page === 0 ? 0 : Math.min(pages.length - 1, page + segmentsAhead);
    for (let ahead = page; ahead <= reach; ahead += 1) prefetch(index, keys, pages[ahead]!, ahead);
    const last = page === pages.length - 1;
    const reportsEnd = !withTitles || last ? Promise.resolve(index.manifest.reports) : index.reportsStartedBy(page);
    reportsEnd.catch(() => undefined);
    found.add(await matchRange(index, terms, keys, pages[page]!));
    const end = await reportsEnd;
    if (withTitles && end > reportsDone) {
      found.add(await matchRange(index, terms, keys, { from: titles.from + reportsDone, to: titles.from + end }));
    }
    reportsDone = end;
    if (!last) await onProgress?.({ searched: pages[page]!.to / index.manifest.sections, hits: () => found.copy() });
  }
  return found.list();
}

/** Starts fetching what a pass reads, if it may match: its segments and its section page (none for the titles). */
function prefetch(index: SearchIndex, keys: readonly string[], range: SectionRange, page: number | undefined): void {
  const ignore = () => undefined;
  void mayMatch(index, keys, range)
    .then((may) => {
      if (!may) return;
      for (const key of keys) index.postings(key, range).catch(ignore);
      if (page !== undefined) index.reportsStartedBy(page).catch(ignore);
    })
    .catch(ignore);
}

async function mayMatch(index: SearchIndex, keys: readonly string[], range: SectionRange): Promise<boolean> {
  return (await Promise.all(keys.map((key) => index.mayOccurIn(key, range)))).every(Boolean);
}

/** The sections in a range (within one segment, or all) that hold every term, with their section pages loaded. */
async function matchRange(
  index: SearchIndex,
  terms: readonly QueryTerm[],
  keys: readonly string[],
  range: SectionRange,
): Promise<Int32Array> {
  if (!(await mayMatch(index, keys, range))) return new Int32Array();
  const lookup: Lookup = (key) => index.postings(key, range);
  const lists = await Promise.all(terms.map((term) => sectionsWithTerm(lookup, term.folded)));
  const matched = lists.reduce((acc, list) => intersect(acc, list));
  await index.loadSections(matched);
  return matched;
}

/** The hits of a query as its passes find them: one per report, its sections in order. */
class Hits {
  private readonly index: SearchIndex;
  /** A report's hit by report number: a query can match every report, and array slots beat a Map there. */
  private readonly hitOf: (ReportHit | undefined)[];
  private readonly hits: ReportHit[] = [];

  constructor(index: SearchIndex) {
    this.index = index;
    this.hitOf = new Array<ReportHit | undefined>(index.manifest.reports);
  }

  add(matched: Int32Array): void {
    for (const section of matched) {
      const report = this.index.reportOfSection(section);
      let hit = this.hitOf[report];
      if (!hit) {
        hit = { report, titleHit: false, sections: [] };
        this.hitOf[report] = hit;
        this.hits.push(hit);
      }
      if (section >= this.index.manifest.sections) hit.titleHit = true;
      else hit.sections.push(section);
    }
  }

  /** The hits in archive order (a page's titles come after its sections, so a pass may add earlier reports). */
  list(): ReportHit[] {
    return this.hits.sort(byReport);
  }

  copy(): ReportHit[] {
    return this.list().map((hit) => ({ ...hit, sections: [...hit.sections] }));
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
  const keys = keysOf(term);
  const [key] = keys;
  if (key === undefined) return new Int32Array();
  if (key.startsWith(termPrefix.trigram)) return sectionsWithPhrase(lookup, term, keys);
  const postings = await lookup(key);
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
 * the last one (its keys, from keysOf) cover every character; a section matches where all of them sit
 * at the right distances. Flags on the first and last trigram make a term
 * that starts or ends with a letter or digit match whole words only.
 */
async function sectionsWithPhrase(lookup: Lookup, term: string, keys: readonly string[]): Promise<Int32Array> {
  const offsets = phraseOffsets(term);
  const postings = await Promise.all(keys.map(lookup));
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
