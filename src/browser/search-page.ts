import { browserSource } from '../lib/search/read/browser-source.ts';
import { type MatchProgress, matchReports } from '../lib/search/read/match-terms.ts';
import { parseQuery } from '../lib/search/read/parse-query.ts';
import { presentHits } from '../lib/search/read/present-results.ts';
import { resultsCsv } from '../lib/search/read/results-csv.ts';
import {
  asksForNothing,
  errorStatus,
  idleStatus,
  partialStatus,
  searchStatus,
  searchTitle,
} from '../lib/search/read/render-results.ts';
import { filterAndRank, type SearchOutcome, type SortOrder } from '../lib/search/read/run-search.ts';
import { SearchIndex } from '../lib/search/read/search-index.ts';
import { startFacetCounts } from './facet-counts.ts';
import { startResultList } from './result-list.ts';
import { startResultTools } from './result-tools.ts';
import {
  type FacetParam,
  parseSearchState,
  type SearchState,
  serializeSearchState,
} from '../lib/search/read/search-url.ts';

/** How often, at most, the status line says how far a query read segment by segment has got. */
const progressEvery = 2000;

function element<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
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

  const run = async (state: SearchState) => {
    const current = ++generation;
    const terms = parseQuery(state.q);
    const hasTerms = terms.length > 0;
    document.title = searchTitle(state, hasTerms, pageTitle);
    more.hidden = true;
    if (asksForNothing(state, hasTerms, location.search)) {
      resultList.clear();
      facetCounts.clear();
      tools.hide();
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
      // first, and the status line tells how far the rest has got. A newer search stops this one's reading.
      const overtaken = () => {
        if (current !== generation) throw new Error('a newer search took over');
      };
      let first: { outcome: SearchOutcome; share: number; saidAt: number } | undefined;
      const showFirst = async (progress: MatchProgress) => {
        overtaken();
        if (first) {
          // Screen readers read the status line out: it moves on every few seconds at most.
          if (performance.now() - first.saidAt < progressEvery) return;
          first.saidAt = performance.now();
          status.textContent = partialStatus(first.outcome, first.share, progress.searched);
          return;
        }
        const { outcome } = await filterAndRank(searchIndex, progress.hits(), request);
        overtaken();
        first = { outcome, share: progress.searched, saidAt: performance.now() };
        await resultList.show(outcome, state);
        overtaken();
        // More results come with the complete ones.
        more.hidden = true;
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
      list.setAttribute('aria-busy', 'true');
      await (first ? resultList.complete(outcome, state) : resultList.show(outcome, state));
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
      const listed = resultList.shown;
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
  const resultList = startResultList({
    list,
    more,
    base,
    openIndex,
    generation: () => generation,
    onListed: (count) => tools.listed(count),
  });

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
    resultList
      .more()
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
