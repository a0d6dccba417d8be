import { type FacetParam, parseSearchState, type SearchState } from '../lib/search/read/search-url.ts';
import type { SearchOutcome } from '../lib/search/read/run-search.ts';
import { yearDistributionSvg } from '../lib/search/read/year-distribution.ts';
import { provinceDistribution } from '../lib/search/read/province-distribution.ts';
import type { CountsPanel } from './facet-counts.ts';

/*
 * What sits above a search page's results: the chart of matches per year,
 * whose bars filter to their year, the map of matches per province, whose
 * tiles filter to their province, and the CSV download of the listed results.
 */

/** A file name for the download: the query, without the characters file systems refuse. */
function csvName(state: SearchState): string {
  const words = state.q
    .trim()
    .replace(/[\\/:*?"<>|\s]+/g, '_')
    .slice(0, 40);
  return `检索结果${words ? `-${words}` : ''}.csv`;
}

/** Hands a text to the browser as a file to save. */
function saveFile(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

interface ResultTools {
  /** Draws the chart for a search's outcome; hidden when no year has a match. */
  chart(outcome: SearchOutcome, state: SearchState, hasTerms: boolean): void;
  /** Offers the listed results for download: `count` reports so far, none hides the button. */
  listed(count: number): void;
  /** Hides them all, while a search runs or after it failed: they would show the one before. */
  hide(): void;
  /** The province map's panel: drawn from the filters' counts, worked out while it is open (startFacetCounts). */
  provinces: CountsPanel;
}

export function startResultTools(options: {
  facets: readonly FacetParam[];
  /** Follows a bar's or a tile's link: the same search filtered to its year or province. */
  follow(state: SearchState): void;
  /** The listed results as CSV, and the state they were found with. */
  listedCsv(): Promise<{ csv: string; state: SearchState } | undefined>;
  /** Says a download failed. */
  fail(error: Error): void;
}): ResultTools {
  const years = document.getElementById('search-years')!;
  const chart = document.getElementById('search-years-chart')!;
  const tools = document.getElementById('search-tools')!;
  const button = document.getElementById('search-csv') as HTMLButtonElement;
  const provinces = document.getElementById('search-provinces') as HTMLDetailsElement;
  const map = document.getElementById('search-provinces-map')!;
  const table = document.getElementById('search-provinces-table')!;
  // The search the map is drawn for, once its counts arrive.
  let drawFor: { state: SearchState; hasTerms: boolean } | undefined;
  // The chart or map whose link was followed, and the search it asked for: redrawn for that search, the drawing
  // gives focus to its chosen bar or tile, which the redraw took from the reader. Any other search forgets it.
  let refocus: { drawing: HTMLElement; state: SearchState } | undefined;
  const focusChosen = (drawing: HTMLElement, state: SearchState) => {
    if (refocus?.drawing !== drawing) return;
    const asked = refocus.state === state;
    refocus = undefined;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (asked && lost) drawing.querySelector<SVGAElement>('a[aria-current="true"]')?.focus();
  };

  // A bar of the chart and a tile of the map are links: followed here, without reloading the page.
  for (const links of [chart, map]) {
    links.addEventListener('click', (event) => {
      const link = (event.target as Element).closest('a');
      if (!link) return;
      event.preventDefault();
      const state = parseSearchState(new URL(link.getAttribute('href') ?? '', location.href).search, options.facets);
      refocus = { drawing: links, state };
      options.follow(state);
    });
  }
  button.addEventListener('click', () => {
    options
      .listedCsv()
      .then((listed) => {
        if (listed) saveFile(listed.csv, csvName(listed.state), 'text/csv;charset=utf-8');
      })
      .catch(options.fail);
  });

  return {
    chart: (outcome, state, hasTerms) => {
      chart.innerHTML = yearDistributionSvg(outcome.years, state, options.facets, hasTerms);
      years.hidden = outcome.years.length === 0;
      focusChosen(chart, state);
      if (refocus && refocus.state !== state) refocus = undefined;
      // The map waits for this search's counts; its box keeps its size meanwhile, so nothing below moves. With a
      // filter chosen it shows even when nothing matches: other provinces may be where the reader goes next.
      drawFor = { state, hasTerms };
      map.replaceChildren();
      table.replaceChildren();
      provinces.hidden = outcome.years.length === 0 && !Object.values(state.filters).some((values) => values.length);
    },
    listed: (count) => {
      tools.hidden = count === 0;
      button.textContent = `下载已列出的 ${count} 篇结果（CSV）`;
    },
    hide: () => {
      years.hidden = true;
      tools.hidden = true;
      provinces.hidden = true;
      table.replaceChildren();
    },
    provinces: {
      details: provinces,
      show: (searchIndex, facetCounts) => {
        if (!drawFor) return;
        const drawn = provinceDistribution(
          facetCounts,
          searchIndex.manifest.facets,
          drawFor.state,
          options.facets,
          drawFor.hasTerms,
        );
        provinces.hidden = !drawn || drawn.empty;
        if (!drawn || drawn.empty) return;
        map.innerHTML = drawn.svg;
        table.innerHTML = drawn.table;
        focusChosen(map, drawFor.state);
      },
    },
  };
}
