import type { ReportHit } from '../lib/search/read/match-terms.ts';
import { parseQuery } from '../lib/search/read/parse-query.ts';
import { presentHits, type ReportResult } from '../lib/search/read/present-results.ts';
import { resultHtml } from '../lib/search/read/render-results.ts';
import type { SearchOutcome } from '../lib/search/read/run-search.ts';
import type { SearchIndex } from '../lib/search/read/search-index.ts';
import type { SearchState } from '../lib/search/read/search-url.ts';

/** Results are shown in batches; each batch fetches that many report records. */
const batchSize = 10;
const sectionsShown = 3;

/** The listed results: their outcome and query, and each listed report with its section count when listed. */
export interface Listing {
  outcome: SearchOutcome;
  state: SearchState;
  count: number;
  listed: { report: number; sections: number }[];
}

export interface ResultList {
  readonly shown: Listing | undefined;
  /** Lists an outcome's first batch in place of what was listed. */
  show(outcome: SearchOutcome, state: SearchState): Promise<void>;
  /**
   * Takes the complete outcome of a query whose first results are listed:
   * when they still lead it, they stay (the reader may be reading them) and
   * the batch is filled up; otherwise the complete results replace them.
   */
  complete(outcome: SearchOutcome, state: SearchState): Promise<void>;
  /** Lists the next batch. */
  more(): Promise<void>;
  clear(): void;
}

/**
 * The result list and its "more" button. A batch abandons itself when a
 * newer search starts (`generation` moves on); `onListed` hears how many
 * results are listed after each batch.
 */
export function startResultList(options: {
  list: HTMLOListElement;
  more: HTMLButtonElement;
  base: string;
  openIndex: () => Promise<SearchIndex>;
  generation: () => number;
  onListed: (count: number) => void;
}): ResultList {
  const { list, more, base } = options;
  let shown: Listing | undefined;

  const showMore = async (count = batchSize) => {
    const listing = shown;
    if (!listing) return;
    const current = options.generation();
    const searchIndex = await options.openIndex();
    const terms = parseQuery(listing.state.q);
    const { outcome } = listing;
    const from = listing.count;
    const to = Math.min(from + count, outcome.hits.length);
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
      if (current !== options.generation() || listing !== shown) return;
      list.append(resultItem(result!));
      const hit = outcome.hits[listing.count]!;
      listing.listed.push({ report: hit.report, sections: hit.sections.length });
      listing.count += 1;
    }
    more.hidden = listing.count >= outcome.hits.length;
    options.onListed(listing.count);
  };

  const show = async (outcome: SearchOutcome, state: SearchState) => {
    shown = { outcome, state, count: 0, listed: [] };
    list.replaceChildren();
    await showMore();
  };

  return {
    get shown() {
      return shown;
    },
    show,
    complete: async (outcome, state) => {
      const listing = shown;
      if (listing?.state !== state || listing.count === 0 || !leadsWith(outcome.hits, listing.listed)) {
        return show(outcome, state);
      }
      listing.outcome = outcome;
      // The first results may be fewer than a batch: the complete ones fill it.
      if (listing.count < batchSize) return showMore(batchSize - listing.count);
      more.hidden = listing.count >= outcome.hits.length;
      options.onListed(listing.count);
    },
    more: () => showMore(),
    clear: () => {
      shown = undefined;
      list.replaceChildren();
    },
  };
}

function resultItem(result: ReportResult): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'result';
  item.innerHTML = resultHtml(result);
  return item;
}

/** Whether the hits begin with the listed reports, each with as many sections as when it was listed. */
function leadsWith(hits: readonly ReportHit[], listed: Listing['listed']): boolean {
  return listed.every(
    ({ report, sections }, at) => hits[at]?.report === report && hits[at].sections.length === sections,
  );
}
