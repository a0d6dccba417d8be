import { isAlphanumeric } from '../format.ts';
import type { QueryTerm } from './parse-query.ts';

/** A matched span in a text: [start, end) in UTF-16 offsets, the same in folded and original text. */
export type Span = readonly [number, number];

/**
 * Every occurrence of a term in folded text. A term that starts (or ends) with
 * a Latin letter or digit only matches where the text has no letter or digit
 * right before (or after) it, so Latin words and numbers match whole.
 */
export function findTerm(folded: string, term: string): Span[] {
  const spans: Span[] = [];
  const startsWord = isAlphanumeric(term.charCodeAt(0));
  const endsWord = isAlphanumeric(term.charCodeAt(term.length - 1));
  for (let index = folded.indexOf(term); index >= 0; index = folded.indexOf(term, index + 1)) {
    const end = index + term.length;
    if (startsWord && index > 0 && isAlphanumeric(folded.charCodeAt(index - 1))) continue;
    if (endsWord && end < folded.length && isAlphanumeric(folded.charCodeAt(end))) continue;
    spans.push([index, end]);
  }
  return spans;
}

/** All terms occur: the spans of every term, merged and sorted; null when a term is missing. */
export function matchAll(folded: string, terms: readonly QueryTerm[]): Span[] | null {
  const spans: Span[] = [];
  for (const term of terms) {
    const found = findTerm(folded, term.folded);
    if (found.length === 0) return null;
    spans.push(...found);
  }
  return mergeSpans(spans);
}

export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
