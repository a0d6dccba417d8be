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

/** The matching reports and sections of one year (null: undated). */
export interface YearCount {
  year: number | null;
  reports: number;
  sections: number;
}

export interface SearchOutcome {
  hits: ReportHit[];
  sectionCount: number;
  /**
   * Matches per year, oldest first and undated last, counted as if no year
   * were chosen (the other filters apply), so the chart of them shows where
   * else the words occur. Years come from the manifest: nothing to fetch.
   */
  years: YearCount[];
  /** Per facet key: count of hits for each value code, computed as if that facet were unfiltered. */
  facetCounts: FacetCounts;
}

type FacetCounts = Record<string, Map<number, number>>;

/** The selected value codes of each filtered facet, by the facet's place in the manifest. */
function selectedCodes(index: SearchIndex, filters: Record<string, string[]>): Map<number, number[]> {
  const selected = new Map<number, number[]>();
  index.manifest.facets.forEach((facet, position) => {
    const wanted = filters[facet.key];
    if (!wanted || wanted.length === 0) return;
    const codes: number[] = [];
    facet.values.forEach((value, code) => {
      if (wanted.includes(value.value)) codes.push(code);
    });
    selected.set(position, codes);
  });
  return selected;
}

/**
 * Per filtered facet, a flag per report: does it have one of the selected
 * values (OR within a facet)? Only the selected values' lists are fetched.
 */
async function filterMembers(
  index: SearchIndex,
  filters: Record<string, string[]>,
): Promise<{ facet: number; member: Uint8Array }[]> {
  return Promise.all(
    [...selectedCodes(index, filters)].map(async ([facet, codes]) => {
      const member = new Uint8Array(index.manifest.reports);
      for (const list of await Promise.all(codes.map((code) => index.facetList(facet, code)))) {
        for (const report of list) member[report] = 1;
      }
      return { facet, member };
    }),
  );
}

/** The filtered facets a report fails: 0, the one it fails (its place + 1), or -1 for more than one. */
function failures(report: number, members: readonly { facet: number; member: Uint8Array }[]): number {
  let failed = 0;
  for (const { facet, member } of members) {
    if (member[report]) continue;
    if (failed !== 0) return -1;
    failed = facet + 1;
  }
  return failed;
}

/**
 * Counts each facet's values among the matches as if that facet alone were
 * unfiltered (AND across the other facets), so a reader sees what ticking
 * another value would give. Needs every value list of every facet.
 */
async function countFacetValues(
  index: SearchIndex,
  matches: readonly ReportHit[],
  members: readonly { facet: number; member: Uint8Array }[],
): Promise<FacetCounts> {
  const facets = index.manifest.facets;
  const lists = await Promise.all(facets.map((_, facet) => index.facetValueLists(facet)));
  // Per facet, the matches it counts: those passing every filter, and those failing only that facet's.
  const counted = facets.map(() => new Uint8Array(index.manifest.reports));
  for (const { report } of matches) {
    const failed = failures(report, members);
    if (failed === 0) for (const flags of counted) flags[report] = 1;
    else if (failed > 0) counted[failed - 1]![report] = 1;
  }
  const facetCounts: FacetCounts = {};
  facets.forEach((facet, position) => {
    const map = new Map<number, number>();
    const flags = counted[position]!;
    lists[position]!.forEach((list, code) => {
      let count = 0;
      for (const report of list) count += flags[report]!;
      if (count > 0) map.set(code, count);
    });
    facetCounts[facet.key] = map;
  });
  return facetCounts;
}

/** Matches per year among those passing every filter but the year's. */
function countYears(
  index: SearchIndex,
  matches: readonly ReportHit[],
  members: readonly { facet: number; member: Uint8Array }[],
): YearCount[] {
  const yearFacet = index.manifest.facets.findIndex((facet) => facet.key === 'year');
  const byYear = new Map<number | null, YearCount>();
  for (const { report, sections } of matches) {
    const failed = failures(report, members);
    if (failed !== 0 && failed !== yearFacet + 1) continue;
    const year = index.yearOf(report);
    const entry = byYear.get(year) ?? { year, reports: 0, sections: 0 };
    entry.reports += 1;
    entry.sections += sections.length;
    byYear.set(year, entry);
  }
  return [...byYear.values()].sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity));
}

/** Puts hits in the requested order; a browse without terms has no relevance, so it lists newest first. */
function rankHits(index: SearchIndex, hits: ReportHit[], sort: SortOrder, hasTerms: boolean): void {
  hits.sort(comparator(index, !hasTerms && sort === 'relevance' ? 'newest' : sort));
}

function countSections(hits: readonly ReportHit[]): number {
  return hits.reduce((total, hit) => total + hit.sections.length, 0);
}

/**
 * Filters and ranks matches. A filter fetches only the report lists of its
 * selected values; the counts beside the filters need the lists of every
 * value, so they are worked out only when `countFacets` is called (a page
 * asks for them when its filters are on screen).
 */
export async function filterAndRank(
  index: SearchIndex,
  matches: ReportHit[],
  request: SearchRequest,
): Promise<{ outcome: SearchOutcome; countFacets: () => Promise<FacetCounts> }> {
  const members = await filterMembers(index, request.filters);
  const hits = members.length > 0 ? matches.filter(({ report }) => failures(report, members) === 0) : matches;
  rankHits(index, hits, request.sort, request.terms.length > 0);
  const outcome = {
    hits,
    sectionCount: countSections(hits),
    years: countYears(index, matches, members),
    facetCounts: {},
  };
  return { outcome, countFacets: () => countFacetValues(index, matches, members) };
}

/** Every report that matches the terms and the filters, ranked, with facet counts. */
export async function runSearch(index: SearchIndex, request: SearchRequest): Promise<SearchOutcome> {
  const { outcome, countFacets } = await filterAndRank(index, await matchReports(index, request.terms), request);
  outcome.facetCounts = await countFacets();
  return outcome;
}

/**
 * Relevance: title hits first, then more matching sections, then newer. Newest
 * and oldest order by year (undated last) and fall back to relevance. Ties keep
 * archive order, so results are stable.
 */
function comparator(index: SearchIndex, sort: SortOrder): (a: ReportHit, b: ReportHit) => number {
  const yearOf = (hit: ReportHit) => index.yearOf(hit.report);
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
