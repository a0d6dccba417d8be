import { offerQuotes } from './quote-selection.ts';

offerQuotes();

// Kept small: the highlighter (and the folding tables it needs) loads only when a search result link asked for it.
if (new URLSearchParams(location.search).has('hl')) {
  void import('./highlight-hits.ts').then(({ highlightHits }) => highlightHits());
}
