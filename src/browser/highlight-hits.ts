import { findTerm, mergeSpans, type Span } from '../lib/search/read/highlight-spans.ts';
import { parseQuery } from '../lib/search/read/parse-query.ts';
import { foldText } from '../lib/text/fold.ts';

/**
 * On a report page opened from a search result (…?hl=校园足球#s-…), marks the
 * matches in the section the link points to, or in the whole report when it
 * points to none. Text is matched folded, so the marks sit on the original
 * characters in their original script.
 */
export function highlightHits(): void {
  const terms = parseQuery(new URLSearchParams(location.search).get('hl') ?? '');
  if (terms.length === 0) return;
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const scope = target ?? document.querySelector('.report-body');
  if (!scope) return;

  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('.section-link, .section-topics, mark')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);

  let first: HTMLElement | undefined;
  for (const node of nodes) {
    const folded = foldText(node.data);
    const spans: Span[] = mergeSpans(terms.flatMap((term) => findTerm(folded, term.folded)));
    for (const [start, end] of [...spans].reverse()) {
      const hit = node.splitText(start);
      hit.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'hit';
      hit.replaceWith(mark);
      mark.append(hit);
      first = mark;
    }
  }
  if (first && !target) first.scrollIntoView({ block: 'center' });
}
