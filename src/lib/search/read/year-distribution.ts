import { undatedValue } from '../../format/labels.ts';
import { yearChartSvg } from '../../svg/year-chart.ts';
import type { YearCount } from './run-search.ts';
import { type FacetParam, type SearchState, searchNarrowedTo } from './search-url.ts';

/**
 * The search page's chart of matches per year: a bar per year with the
 * reports that match, the sections beside them; each bar links to the same
 * search filtered to its year, and the years chosen are drawn selected.
 */
export function yearDistributionSvg(
  years: readonly YearCount[],
  state: SearchState,
  facets: readonly FacetParam[],
  hasTerms: boolean,
): string {
  const chosen = state.filters['year'] ?? [];
  const bars = years.map(({ year, reports, sections }) => {
    const value = year === null ? undatedValue : String(year);
    return {
      label: year === null ? '不详' : String(year),
      count: reports,
      ...(hasTerms ? { note: `${sections} 节` } : {}),
      href: searchNarrowedTo(state, 'year', value, facets),
      selected: chosen.includes(value),
    };
  });
  const title = hasTerms ? '各年份含有检索词的报告（篇）和小节（节）' : '各年份符合条件的报告（篇）';
  return yearChartSvg(bars, { title, unit: '篇', id: 'search-years-chart' });
}
