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

/**
 * Every report with a section (or title) containing all the terms, in
 * archive order; every report when there are no terms.
 */
export async function matchReports(index: SearchIndex, terms: readonly QueryTerm[]): Promise<ReportHit[]> {
  if (terms.length === 0)
    return Array.from({ length: index.manifest.reports }, (_, report) => ({ report, titleHit: false, sections: [] }));
  const lists = await Promise.all(terms.map((term) => sectionsWithTerm(index, term.folded)));
  const matched = lists.reduce((acc, list) => intersect(acc, list));
  await index.loadSections(matched);
  // A report's hit by report number: a query can match every report, and array slots beat a Map there.
  const hitOf = new Array<ReportHit | undefined>(index.manifest.reports);
  const hits: ReportHit[] = [];
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
  return hits;
}

/** Sections (title pseudo-sections included) containing one term, ascending. */
async function sectionsWithTerm(index: SearchIndex, term: string): Promise<Int32Array> {
  if (term.length === 0) return new Int32Array();
  if (Array.from(term).every((char) => isAlphanumeric(char.charCodeAt(0)))) {
    return (await index.postings(termPrefix.word + term))?.sections ?? new Int32Array();
  }
  if (term.length === 1) return (await index.postings(termPrefix.unigram + term))?.sections ?? new Int32Array();
  if (term.length === 2) {
    const postings = await index.postings(termPrefix.bigram + term);
    if (!postings?.positions) return postings?.sections ?? new Int32Array();
    return wholeWordSections(postings, isAlphanumeric(term.charCodeAt(0)), isAlphanumeric(term.charCodeAt(1)));
  }
  return sectionsWithPhrase(index, term);
}

/**
 * A term of three or more characters: the trigrams at offsets 0, 3, 6 … and
 * the last one cover every character; a section matches where all of them sit
 * at the right distances. Flags on the first and last trigram make a term
 * that starts or ends with a letter or digit match whole words only.
 */
async function sectionsWithPhrase(index: SearchIndex, term: string): Promise<Int32Array> {
  const offsets: number[] = [];
  for (let offset = 0; offset < term.length - 3; offset += 3) offsets.push(offset);
  offsets.push(term.length - 3);
  const postings = await Promise.all(
    offsets.map((offset) => index.postings(termPrefix.trigram + term.slice(offset, offset + 3))),
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
