import { isSortOrder, type SortOrder } from './run-search.ts';

/** What a search page's address holds: shareable, and restored by back and forward. */
export interface SearchState {
  q: string;
  /** Selected values by facet key. */
  filters: Record<string, string[]>;
  sort: SortOrder;
}

export interface FacetParam {
  key: string;
  param: string;
}

export function parseSearchState(search: string, facets: readonly FacetParam[]): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const facet of facets) {
    const values = params
      .getAll(facet.param)
      .flatMap((value) => value.split(','))
      .filter(Boolean);
    if (values.length > 0) filters[facet.key] = [...new Set(values)];
  }
  const sort = params.get('sort') as SortOrder | null;
  return { q: params.get('q') ?? '', filters, sort: sort && isSortOrder(sort) ? sort : 'relevance' };
}

/** The query string for a state, parameters in registry order, defaults left out. */
export function serializeSearchState(state: SearchState, facets: readonly FacetParam[]): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const facet of facets) for (const value of state.filters[facet.key] ?? []) params.append(facet.param, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The query string of the same search with one facet narrowed to one value: where a chart's bar or a map's tile leads. */
export function searchNarrowedTo(
  state: SearchState,
  key: string,
  value: string,
  facets: readonly FacetParam[],
): string {
  return serializeSearchState({ ...state, filters: { ...state.filters, [key]: [value] } }, facets);
}
