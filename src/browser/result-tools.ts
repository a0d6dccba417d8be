import { type FacetParam, parseSearchState, type SearchState } from '../lib/search/read/search-url.ts';
import type { SearchOutcome } from '../lib/search/read/run-search.ts';
import { yearDistributionSvg } from '../lib/search/read/year-distribution.ts';

/*
 * What sits above a search page's results: the chart of matches per year,
 * whose bars filter to their year, and the CSV download of the listed
 * results.
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
  /** Hides both, while a search runs or after it failed: they would show the one before. */
  hide(): void;
}

export function startResultTools(options: {
  facets: readonly FacetParam[];
  /** Follows a bar's link: the same search filtered to its year. */
  followYear(state: SearchState): void;
  /** The listed results as CSV, and the state they were found with. */
  listedCsv(): Promise<{ csv: string; state: SearchState } | undefined>;
  /** Says a download failed. */
  fail(error: Error): void;
}): ResultTools {
  const years = document.getElementById('search-years')!;
  const chart = document.getElementById('search-years-chart')!;
  const tools = document.getElementById('search-tools')!;
  const button = document.getElementById('search-csv') as HTMLButtonElement;

  // A bar of the chart is a link: followed here, without reloading the page.
  chart.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a');
    if (!link) return;
    event.preventDefault();
    options.followYear(
      parseSearchState(new URL(link.getAttribute('href') ?? '', location.href).search, options.facets),
    );
  });
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
    },
    listed: (count) => {
      tools.hidden = count === 0;
      button.textContent = `下载已列出的 ${count} 篇结果（CSV）`;
    },
    hide: () => {
      years.hidden = true;
      tools.hidden = true;
    },
  };
}
