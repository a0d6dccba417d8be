import { foldText } from '../../text/fold.ts';

/**
 * The search syntax:
 *
 * - words separated by spaces must all occur in the same section (or in the
 *   title); each word is matched as an exact substring;
 * - Traditional and Simplified, full-width and half-width, upper and lower
 *   case match each other;
 * - Latin letters and digits match whole words: 2020 finds 2020年 but not
 *   12020, GPS finds GPS定位 but not GPSX;
 * - quotes ("…" or “…”) keep a phrase with spaces together.
 */
export interface QueryTerm {
  /** As the user typed it. */
  text: string;
  /** Folded form, matched against folded text. */
  folded: string;
}

const quoted = /"([^"]*)"|“([^”]*)”|「([^」]*)」|(\S+)/g;

export function parseQuery(input: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  for (const match of input.replace(/\u3000/g, ' ').matchAll(quoted)) {
    const text = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? '').trim();
    const folded = foldText(text);
    if (!folded || seen.has(folded)) continue;
    seen.add(folded);
    terms.push({ text, folded });
  }
  return terms;
}
