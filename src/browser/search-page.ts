import { browserSource } from '../lib/search/read/browser-source.ts';
import { type MatchProgress, matchReports, type ReportHit } from '../lib/search/read/match-terms.ts';
import { parseQuery } from '../lib/search/read/parse-query.ts';
import { presentHits, type ReportResult } from '../lib/search/read/present-results.ts';
import { resultsCsv } from '../lib/search/read/results-csv.ts';
import {
  asksForNothing,
  errorStatus,
  idleStatus,
  partialStatus,
  resultHtml,
  searchStatus,
  searchTitle,
} from '../lib/search/read/render-results.ts';
import { filterAndRank, type SearchOutcome, type SortOrder } from '../lib/search/read/run-search.ts';
import { SearchIndex } from '../lib/search/read/search-index.ts';
import { startFacetCounts } from './facet-counts.ts';
import { startResultTools } from './result-tools.ts';
import {
  type FacetParam,
  parseSearchState,
  type SearchState,
  serializeSearchState,
} from '../lib/search/read/search-url.ts';

/** Results are shown in batches; each batch fetches that many report records. */
const batchSize = 10;
const sectionsShown = 3;

function element<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

function resultItem(result: ReportResult): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'result';
  item.innerHTML = resultHtml(result);
  return item;
}

interface ListedHit {
  report: number;
  sections: number;
}

/** Whether the hits begin with the listed reports, each with as many sections as when it was listed. */
function leadsWith(hits: readonly ReportHit[], listed: readonly ListedHit[]): boolean {
  return listed.every(
    ({ report, sections }, at) => hits[at]?.report === report && hits[at].sections.length === sections,
  );
}

export function startSearchPage(): void {
  const root = element('search-app');
  const form = element<HTMLFormElement>('search-form');
  const input = element<HTMLInputElement>('search-q');
  const sort = element<HTMLSelectElement>('search-sort');
  const facetForm = element<HTMLFormElement>('facet-form');
  const status = element('search-status');
  const list = element<HTMLOListElement>('result-list');
  const more = element<HTMLButtonElement>('result-more');
  const facetDetails = element<HTMLDetailsElement>('search-facets');
  const base = root.dataset['base'] ?? '/';

  const facetParams: FacetParam[] = [...facetForm.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')].map(
    (fieldset) => ({
      key: fieldset.dataset['facet']!,
      param: fieldset.querySelector('input')?.name ?? fieldset.dataset['facet']!,
    }),
  );
  let index: Promise<SearchIndex> | undefined;
  const openIndex = () => {
    if (!index) {
      index = SearchIndex.open(browserSource(root.dataset['index']!));
      // A failed download is not kept: the next search tries again.
      index.catch(() => (index = undefined));
    }
    return index;
  };
  const pageTitle = document.title;
  let generation = 0;
  /** The listed results: their outcome and query, and each listed report with its section count then. */
  let shown: { outcome: SearchOutcome; state: SearchState; count: number; listed: ListedHit[] } | undefined;

  const stateFromControls = (): SearchState => {
    const filters: Record<string, string[]> = {};
    for (const { key, param } of facetParams) {
      const values = [...facetForm.querySelectorAll<HTMLInputElement>(`input[name="${param}"]:checked`)].map(
        (box) => box.value,
      );
      if (values.length > 0) filters[key] = values;
    }
    return { q: input.value, filters, sort: sort.value as SortOrder };
  };

  const showState = (state: SearchState) => {
    input.value = state.q;
    sort.value = state.sort;
    for (const { key, param } of facetParams) {
      for (const box of facetForm.querySelectorAll<HTMLInputElement>(`input[name="${param}"]`)) {
        box.checked = state.filters[key]?.includes(box.value) ?? false;
      }
    }
  };

  const showMore = async () => {
    if (!shown) return;
    const current = generation;
    const searchIndex = await openIndex();
    const terms = parseQuery(shown.state.q);
    const { outcome } = shown;
    const from = shown.count;
    const to = Math.min(from + batchSize, outcome.hits.length);
    more.hidden = true;
    // Every record is requested at once; each result appears as soon as it and those above it have arrived.
    const pending = Array.from({ length: to - from }, (_, offset) =>
      presentHits(
        searchIndex,
        outcome,
        terms,
        { from: from + offset, to: from + offset + 1 },
        { base, sectionsPerReport: sectionsShown, withTopics: false },
      ),
    );
    // A newer search may abandon this one midway: its remaining failures are of no interest.
    for (const next of pending) next.catch(() => undefined);
    for (const next of pending) {
      const [result] = await next;
      if (current !== generation) return;
      list.append(resultItem(result!));
      const hit = outcome.hits[shown.count]!;
      shown.listed.push({ report: hit.report, sections: hit.sections.length });
      shown.count += 1;
    }
    more.hidden = shown.count >= outcome.hits.length;
    tools.listed(shown.count);
  };

  const run = async (state: SearchState) => {
    const current = ++generation;
    const terms = parseQuery(state.q);
    const hasTerms = terms.length > 0;
    document.title = searchTitle(state, hasTerms, pageTitle);
    more.hidden = true;
    if (asksForNothing(state, hasTerms, location.search)) {
      shown = undefined;
      facetCounts.clear();
      tools.hide();
      list.replaceChildren();
      list.removeAttribute('aria-busy');
      status.textContent = idleStatus;
      return;
    }
    list.setAttribute('aria-busy', 'true');
    facetForm.setAttribute('aria-busy', 'true');
    status.textContent = '正在检索…';
    tools.hide();
    try {
      const searchIndex = await openIndex();
      const request = { terms, filters: state.filters, sort: state.sort };
      // A common phrase in a large archive is read segment by segment: the newest segment's results are listed
      // first, and the status line tells how far the rest has got.
      let first: { outcome: SearchOutcome; share: number } | undefined;
      const showFirst = async (progress: MatchProgress) => {
        if (current !== generation) throw new Error('a newer search took over');
        if (first) {
          status.textContent = partialStatus(first.outcome, first.share, progress.searched);
          return;
        }
        const { outcome } = await filterAndRank(searchIndex, [...progress.hits], request);
        if (current !== generation) return;
        first = { outcome, share: progress.searched };
        shown = { outcome, state, count: 0, listed: [] };
        list.replaceChildren();
        await showMore();
        more.hidden = true;
        if (current !== generation) return;
        status.textContent = partialStatus(outcome, progress.searched, progress.searched);
        list.removeAttribute('aria-busy');
      };
      const matches = await matchReports(searchIndex, terms, showFirst);
      // Let the page answer input between matching and listing: a query that matches every report takes a while.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (current !== generation) return;
      const { outcome, countFacets } = await filterAndRank(searchIndex, matches, request);
      if (current !== generation) return;
      tools.chart(outcome, state, hasTerms);
      if (shown?.state === state && leadsWith(outcome.hits, shown.listed)) {
        // The first results stand: the complete ones add to them instead of replacing what the reader sees.
        shown.outcome = outcome;
        more.hidden = shown.count >= outcome.hits.length;
        tools.listed(shown.count);
      } else {
        shown = { outcome, state, count: 0, listed: [] };
        list.replaceChildren();
        await showMore();
      }
      if (current !== generation) return;
      status.textContent = searchStatus(state, hasTerms, outcome);
      list.removeAttribute('aria-busy');
      await facetCounts.offer(countFacets, () => current === generation);
    } catch (error) {
      if (current === generation) status.textContent = errorStatus(error as Error);
    } finally {
      if (current === generation) {
        list.removeAttribute('aria-busy');
        facetForm.removeAttribute('aria-busy');
      }
    }
  };

  const navigate = (state: SearchState) => {
    const url = `${location.pathname}${serializeSearchState(state, facetParams)}`;
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    void run(state);
  };

  const tools = startResultTools({
    facets: facetParams,
    follow: (state) => {
      showState(state);
      navigate(state);
    },
    listedCsv: async () => {
      const listed = shown;
      if (!listed) return undefined;
      const searchIndex = await openIndex();
      // Every matching section of the listed reports; their records are already here, so nothing more is fetched.
      const results = await presentHits(
        searchIndex,
        listed.outcome,
        parseQuery(listed.state.q),
        { from: 0, to: listed.count },
        { base, highlightLinks: false, withTopics: false },
      );
      return { csv: resultsCsv(results, location.origin), state: listed.state };
    },
    fail: (error) => {
      status.textContent = errorStatus(error);
    },
  });
  const facetCounts = startFacetCounts(facetForm, facetDetails, openIndex, [tools.provinces]);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(stateFromControls());
  });
  sort.addEventListener('change', () => navigate(stateFromControls()));
  facetForm.addEventListener('change', () => navigate(stateFromControls()));
  let loadingMore = false;
  more.addEventListener('click', () => {
    if (loadingMore) return;
    loadingMore = true;
    const current = generation;
    showMore()
      .catch((error: Error) => {
        if (current === generation) status.textContent = errorStatus(error);
      })
      .finally(() => (loadingMore = false));
  });
  window.addEventListener('popstate', () => {
    const state = parseSearchState(location.search, facetParams);
    showState(state);
    void run(state);
  });

  const initial = parseSearchState(location.search, facetParams);
  showState(initial);
  void run(initial);
  // Every query needs the manifest: fetch it while the reader is still typing.
  const prefetch = () => void openIndex().catch(() => undefined);
  if ('requestIdleCallback' in window) requestIdleCallback(prefetch);
  else setTimeout(prefetch, 200);
}
