import { provinceTiles } from '../../places/province-tiles.ts';
import { escapeHtml } from '../../text/html.ts';
import { tileMapSvg } from '../../svg/tile-map.ts';
import type { FacetValueTable } from '../format.ts';
import { type FacetParam, type SearchState, searchNarrowedTo } from './search-url.ts';

interface ProvinceDistribution {
  /** The tile map: a tile per province, linked to the same search filtered to it. */
  svg: string;
  /** The same counts as a table, most first, for screen readers and print. */
  table: string;
  /** No province has a match and none is chosen: nothing worth a map. */
  empty: boolean;
}

/** The facet registry's key of the province facet, whose values are the tiles' full names. */
const provinceKey = 'province';

/**
 * The search page's map of matches per province, from the province facet's
 * counts (report counts as if no province were chosen, the other filters
 * applying, as the counts beside the filters are). Undefined for an index
 * without a province facet.
 */
export function provinceDistribution(
  facetCounts: Readonly<Record<string, ReadonlyMap<number, number>>>,
  indexFacets: readonly FacetValueTable[],
  state: SearchState,
  facets: readonly FacetParam[],
  hasTerms: boolean,
): ProvinceDistribution | undefined {
  const facet = indexFacets.find((table) => table.key === provinceKey);
  const counts = facetCounts[provinceKey];
  if (!facet || !counts) return undefined;
  const chosen = state.filters[facet.key] ?? [];
  const countOf = new Map(facet.values.map((value, code) => [value.value, counts.get(code) ?? 0]));
  const tiles = provinceTiles.map((tile) => ({
    ...tile,
    count: countOf.get(tile.name) ?? 0,
    href: searchNarrowedTo(state, facet.key, tile.name, facets),
    selected: chosen.includes(tile.name),
  }));
  const title = hasTerms ? '各省份含有检索词的报告（篇）' : '各省份符合条件的报告（篇）';
  const listed = tiles.filter((tile) => tile.count > 0).sort((a, b) => b.count - a.count);
  const rows = listed
    .map(
      (tile) =>
        `<tr><th scope="row">${escapeHtml(tile.name)}${tile.selected ? '（已选）' : ''}</th><td>${tile.count}</td></tr>`,
    )
    .join('');
  return {
    svg: tileMapSvg(tiles, { title, unit: '篇', id: 'search-provinces-map' }),
    empty: listed.length === 0 && chosen.length === 0,
    table:
      `<table class="province-table"><caption>${escapeHtml(title)}</caption>` +
      `<thead><tr><th scope="col">省份</th><th scope="col">报告（篇）</th></tr></thead><tbody>${rows}</tbody></table>`,
  };
}
