import type { SearchOutcome } from '../lib/search/read/run-search.ts';
import type { SearchIndex } from '../lib/search/read/search-index.ts';

type FacetCounts = SearchOutcome['facetCounts'];

/** Another panel drawn from the same counts: the map of matches per province. */
export interface CountsPanel {
  details: HTMLDetailsElement;
  show(searchIndex: SearchIndex, facetCounts: FacetCounts): void;
}

/**
 * The counts beside a search page's filters, and the panels drawn from
 * them. They need every facet value's report list, so they are worked out
 * only while the filters or such a panel are on screen: on wide screens
 * always (the stylesheet shows the filters whatever their state, and the state
 * is kept truthful for assistive technology), on phones when the reader opens one.
 */
export function startFacetCounts(
  form: HTMLFormElement,
  details: HTMLDetailsElement,
  openIndex: () => Promise<SearchIndex>,
  panels: readonly CountsPanel[] = [],
): { offer(count: () => Promise<FacetCounts>, current: () => boolean): Promise<void>; clear(): void } {
  const wide = window.matchMedia('(min-width: 56rem)');
  const shown = [details, ...panels.map((panel) => panel.details)];
  const openWhenWide = () => {
    for (const panel of shown) panel.open = wide.matches;
  };
  openWhenWide();
  wide.addEventListener('change', openWhenWide);

  // Count elements by facet key and value, looked up once rather than per value on every search.
  const countElements = new Map<string, Map<string, HTMLElement>>();
  for (const fieldset of form.querySelectorAll<HTMLElement>('fieldset[data-facet]')) {
    const byValue = new Map<string, HTMLElement>();
    for (const count of fieldset.querySelectorAll<HTMLElement>('.facet__count[data-value]'))
      byValue.set(count.dataset['value']!, count);
    countElements.set(fieldset.dataset['facet']!, byValue);
  }
  const show = (searchIndex: SearchIndex, facetCounts: FacetCounts) => {
    for (const facet of searchIndex.manifest.facets) {
      const counts = facetCounts[facet.key]!;
      const elements = countElements.get(facet.key);
      facet.values.forEach((value, code) => {
        const count = elements?.get(value.value);
        if (!count) return;
        count.textContent = String(counts.get(code) ?? 0);
        count.closest('li')?.classList.toggle('facet--empty', !counts.get(code));
      });
    }
    for (const panel of panels) panel.show(searchIndex, facetCounts);
  };

  let pending: { count: () => Promise<FacetCounts>; current: () => boolean; asked: boolean } | undefined;
  const update = async () => {
    const asked = pending;
    if (!asked || asked.asked || !shown.some((panel) => panel.open)) return;
    asked.asked = true;
    const searchIndex = await openIndex();
    // If the counts cannot be fetched now, the filters keep their previous ones until the panel is opened again.
    const late = await asked.count().catch(() => {
      asked.asked = false;
      return undefined;
    });
    if (late && asked.current()) show(searchIndex, late);
  };
  for (const panel of shown) panel.addEventListener('toggle', () => void update());

  return {
    offer: (count, current) => {
      pending = { count, current, asked: false };
      return update();
    },
    clear: () => {
      pending = undefined;
    },
  };
}
