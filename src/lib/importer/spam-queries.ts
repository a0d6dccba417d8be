import { divisionsByShortName, divisionsNamed } from '../places/divisions.ts';
import { foldText } from '../text/fold.ts';
import type { Catalogue } from './catalogue.ts';
import type { Removal, SourceLine } from './removals.ts';

/** How far before its ending an advertiser's phrase may start. */
const reach = 10;
const breakBefore = /[，。、；：！？,;:!?\s]/u;

/**
 * Where a spliced search phrase ending at `end` starts: right after the
 * nearest sentence break, else at the nearest place name (成都搬家公司电话
 * spliced into 在危险水域设立…警示牌). Undefined when neither is in reach, so
 * a report's own words are never taken for the phrase's start.
 */
function phraseStart(folded: string, end: number): number | undefined {
  for (let start = end - 1; start >= Math.max(0, end - reach); start -= 1) if (breakBefore.test(folded[start]!)) return start + 1;
  for (let start = end - 2; start >= Math.max(0, end - reach); start -= 1) {
    for (const length of [3, 2]) {
      const name = folded.slice(start, start + length);
      if (start + length <= end && /^\p{Script=Han}+$/u.test(name) && (divisionsByShortName(name).length > 0 || divisionsNamed(name).length > 0)) return start;
    }
  }
  return undefined;
}

/**
 * Cuts advertisers' search phrases (成都全屋定制哪家好, 高考志愿填报一对一指导)
 * that SEO sites splice into report sentences, recognised by how they end
 * (the catalogue's spamQueries) and where they start. Each cut is reported.
 */
export function removeSpamQueries(lines: readonly SourceLine[], catalogue: Catalogue): { lines: SourceLine[]; removals: Removal[] } {
  const removals: Removal[] = [];
  if (catalogue.spamQueries.length === 0) return { lines: [...lines], removals };
  const out = lines.flatMap((line) => {
    let text = line.text;
    let folded = foldText(text);
    for (const query of catalogue.spamQueries) {
      for (let at = folded.lastIndexOf(query); at > 0; at = folded.lastIndexOf(query, at - 1)) {
        const end = at + query.length;
        const start = phraseStart(folded, at);
        if (start === undefined || start >= at) continue;
        removals.push({ line: line.no, text: text.slice(start, end), rule: 'spam-query' });
        text = text.slice(0, start) + text.slice(end);
        folded = folded.slice(0, start) + folded.slice(end);
        at = start;
      }
    }
    return text.trim() === '' ? [] : [{ ...line, text }];
  });
  return { lines: out, removals };
}
