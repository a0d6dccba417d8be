import { flagAlnumAfter, flagAlnumBefore, termPrefix } from './format.ts';
import { isAlphanumeric, type QueryTerm } from './query.ts';
import type { Postings, SearchIndex } from './reader.ts';

export type SortOrder = 'relevance' | 'newest' | 'oldest';

export interface SearchRequest {
  terms: QueryTerm[];
  /** Selected values per facet key; OR within a facet, AND across facets. */
  filters: Record<string, string[]>;
  sort: SortOrder;
}

export interface ReportHit {
  report: number;
  /** The title contains every term. */
  titleHit: boolean;
  /** Matching section ids, in report order. */
  sections: number[];
}

export interface SearchOutcome {
  hits: ReportHit[];
  sectionCount: number;
  /** Per facet key: count of hits for each value code, computed as if that facet were unfiltered. */
  facetCounts: Record<string, Map<number, number>>;
}

/** Sections (title pseudo-sections included) containing one term, ascending. */
export async function sectionsWithTerm(index: SearchIndex, term: string): Promise<Int32Array> {
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
  const postings = await Promise.all(offsets.map((offset) => index.postings(termPrefix.trigram + term.slice(offset, offset + 3))));
  if (postings.some((entry) => !entry)) return new Int32Array();
  const checkBefore = isAlphanumeric(term.charCodeAt(0));
  const checkAfter = isAlphanumeric(term.charCodeAt(term.length - 1));
  const last = offsets.length - 1;

  const cursors = postings.map(() => 0);
  const matches: number[] = [];
  const first = postings[0]!;
  for (let row = 0; row < first.sections.length; row += 1) {
    const section = first.sections[row]!;
    let present = true;
    for (let k = 1; k <= last && present; k += 1) {
      const list = postings[k]!.sections;
      let cursor = cursors[k]!;
      while (cursor < list.length && list[cursor]! < section) cursor += 1;
      cursors[k] = cursor;
      present = list[cursor] === section;
    }
    if (!present) continue;
    const starts = positionsIn(first, row);
    const found = starts.some((packed) => {
      const start = packed >> 2;
      if (checkBefore && packed & flagAlnumBefore) return false;
      for (let k = 1; k <= last; k += 1) {
        const target = positionsIn(postings[k]!, cursors[k]!).find((value) => value >> 2 === start + offsets[k]!);
        if (target === undefined) return false;
        if (k === last && checkAfter && target & flagAlnumAfter) return false;
      }
      return !(last === 0 && checkAfter && packed & flagAlnumAfter);
    });
    if (found) matches.push(section);
  }
  return Int32Array.from(matches);
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

/** Codes of the selected values of each filtered facet. */
function selectedCodes(index: SearchIndex, filters: Record<string, string[]>): Map<string, Set<number>> {
  const selected = new Map<string, Set<number>>();
  for (const facet of index.manifest.facets) {
    const wanted = filters[facet.key];
    if (!wanted || wanted.length === 0) continue;
    const codes = new Set<number>();
    facet.values.forEach((value, code) => {
      if (wanted.includes(value.value)) codes.add(code);
    });
    selected.set(facet.key, codes);
  }
  return selected;
}

function passes(codes: readonly number[], wanted: Set<number> | undefined): boolean {
  return !wanted || codes.some((code) => wanted.has(code));
}

/** Every report that matches the terms and the filters, ranked, with facet counts. */
export async function runSearch(index: SearchIndex, request: SearchRequest): Promise<SearchOutcome> {
  const reportCount = index.reports.length;
  let candidates: ReportHit[];
  if (request.terms.length === 0) {
    candidates = Array.from({ length: reportCount }, (_, report) => ({ report, titleHit: false, sections: [] }));
  } else {
    const lists = await Promise.all(request.terms.map((term) => sectionsWithTerm(index, term.folded)));
    const matched = lists.reduce((acc, list) => intersect(acc, list));
    const byReport = new Map<number, ReportHit>();
    for (const section of matched) {
      const report = index.reportOfSection[section]!;
      let hit = byReport.get(report);
      if (!hit) {
        hit = { report, titleHit: false, sections: [] };
        byReport.set(report, hit);
      }
      if (section >= index.manifest.sections) hit.titleHit = true;
      else hit.sections.push(section);
    }
    candidates = [...byReport.values()];
  }

  const selected = selectedCodes(index, request.filters);
  const facetCounts: Record<string, Map<number, number>> = {};
  for (const facet of index.manifest.facets) facetCounts[facet.key] = new Map();
  const hits: ReportHit[] = [];
  for (const hit of candidates) {
    const codes = index.reports[hit.report]!.codes;
    const failing = [...selected].filter(([key, wanted]) => !passes(codes[key] ?? [], wanted)).map(([key]) => key);
    if (failing.length === 0) hits.push(hit);
    if (failing.length > 1) continue;
    for (const facet of index.manifest.facets) {
      if (failing.length === 1 && failing[0] !== facet.key) continue;
      const counts = facetCounts[facet.key]!;
      for (const code of codes[facet.key] ?? []) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  }

  const sort = request.terms.length === 0 && request.sort === 'relevance' ? 'newest' : request.sort;
  hits.sort(comparator(index, sort));
  return { hits, sectionCount: hits.reduce((total, hit) => total + hit.sections.length, 0), facetCounts };
}

/**
 * Relevance: title hits first, then more matching sections, then newer. Newest
 * and oldest order by year (undated last) and fall back to relevance. Ties keep
 * archive order, so results are stable.
 */
function comparator(index: SearchIndex, sort: SortOrder): (a: ReportHit, b: ReportHit) => number {
  const yearOf = (hit: ReportHit) => index.reports[hit.report]!.year;
  const byYear = (direction: 1 | -1) => (a: ReportHit, b: ReportHit) => {
    const x = yearOf(a);
    const y = yearOf(b);
    if (x === y) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    return direction * (x - y);
  };
  const relevance = (a: ReportHit, b: ReportHit) =>
    Number(b.titleHit) - Number(a.titleHit) || b.sections.length - a.sections.length;
  const newest = byYear(-1);
  const order = (a: ReportHit, b: ReportHit) => a.report - b.report;
  if (sort === 'newest') return (a, b) => newest(a, b) || relevance(a, b) || order(a, b);
  if (sort === 'oldest') return (a, b) => byYear(1)(a, b) || relevance(a, b) || order(a, b);
  return (a, b) => relevance(a, b) || newest(a, b) || order(a, b);
}
