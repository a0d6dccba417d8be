import { matchReports, type ReportHit } from './match-terms.ts';
import type { QueryTerm } from './parse-query.ts';
import type { SearchIndex } from './search-index.ts';

export const sortOrders = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof sortOrders)[number];

export function isSortOrder(value: string): value is SortOrder {
  return (sortOrders as readonly string[]).includes(value);
}

interface SearchRequest {
  terms: QueryTerm[];
  /** Selected values per facet key; OR within a facet, AND across facets. */
  filters: Record<string, string[]>;
  sort: SortOrder;
}

export interface SearchOutcome {
  hits: ReportHit[];
  sectionCount: number;
  /** Per facet key: count of hits for each value code, computed as if that facet were unfiltered. */
  facetCounts: FacetCounts;
}

type FacetCounts = Record<string, Map<number, number>>;

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

/**
 * Keeps the matches that pass the filters (OR within a facet, AND across
 * facets) and counts each facet's values as if that facet alone were
 * unfiltered, so a reader sees what ticking another value would give.
 */
async function filterAndCount(
  index: SearchIndex,
  matches: readonly ReportHit[],
  filters: Record<string, string[]>,
): Promise<{ hits: ReportHit[]; facetCounts: FacetCounts }> {
  const allCodes = await index.facetCodes();
  const selected = [...selectedCodes(index, filters)];
  const facets = index.manifest.facets;
  // Plain arrays of counts while counting: a query matching every report visits each once.
  const counts = facets.map((facet) => new Int32Array(facet.values.length));
  const hits: ReportHit[] = [];
  for (const hit of matches) {
    const codes = allCodes[hit.report]!;
    let failing = 0;
    let failingKey = '';
    for (const [key, wanted] of selected) {
      if (passes(codes[key] ?? [], wanted)) continue;
      failing += 1;
      failingKey = key;
      if (failing > 1) break;
    }
    if (failing === 0) hits.push(hit);
    if (failing > 1) continue;
    facets.forEach((facet, position) => {
      if (failing === 1 && failingKey !== facet.key) return;
      const facetCounts = counts[position]!;
      for (const code of codes[facet.key] ?? []) facetCounts[code]! += 1;
    });
  }
  const facetCounts: FacetCounts = {};
  facets.forEach((facet, position) => {
    const map = new Map<number, number>();
    counts[position]!.forEach((count, code) => {
      if (count > 0) map.set(code, count);
    });
    facetCounts[facet.key] = map;
  });
  return { hits, facetCounts };
}

/** Puts hits in the requested order; a browse without terms has no relevance, so it lists newest first. */
function rankHits(index: SearchIndex, hits: ReportHit[], sort: SortOrder, hasTerms: boolean): void {
  hits.sort(comparator(index, !hasTerms && sort === 'relevance' ? 'newest' : sort));
}

function countSections(hits: readonly ReportHit[]): number {
  return hits.reduce((total, hit) => total + hit.sections.length, 0);
}

/**
 * Filters and ranks matches. Without filters every match is a hit (the
 * matches array itself is ranked), so the hits do not wait for the facet
 * codes: the outcome comes without counts, and `countFacets` works them out
 * when asked, which lets a page list the first results before it fetches the
 * codes. With filters the codes are needed anyway and the counts come with
 * the hits.
 */
export async function filterAndRank(
  index: SearchIndex,
  matches: ReportHit[],
  request: SearchRequest,
): Promise<{ outcome: SearchOutcome; countFacets?: () => Promise<FacetCounts> }> {
  const filtered = Object.values(request.filters).some((values) => values.length > 0);
  const counted = filtered ? await filterAndCount(index, matches, request.filters) : undefined;
  const hits = counted?.hits ?? matches;
  rankHits(index, hits, request.sort, request.terms.length > 0);
  const outcome = { hits, sectionCount: countSections(hits), facetCounts: counted?.facetCounts ?? {} };
  if (counted) return { outcome };
  return { outcome, countFacets: async () => (await filterAndCount(index, matches, request.filters)).facetCounts };
}

/** Every report that matches the terms and the filters, ranked, with facet counts. */
export async function runSearch(index: SearchIndex, request: SearchRequest): Promise<SearchOutcome> {
  const { outcome, countFacets } = await filterAndRank(index, await matchReports(index, request.terms), request);
  if (countFacets) outcome.facetCounts = await countFacets();
  return outcome;
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
