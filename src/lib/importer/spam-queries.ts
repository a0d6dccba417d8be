import { divisionsByShortName, divisionsNamed } from '../places/divisions.ts';
import { foldText } from '../text/fold.ts';
import type { Catalogue } from './catalogue.ts';
import type { Removal, SourceLine } from './removals.ts';

/** How far before its ending an advertiser's phrase may start. */
const reach = 10;
const breakBefore = /[，。、；：！？,;:!?]/u;

/**
 * Where a spliced search phrase ending at `end` starts: right after the
 * nearest sentence break, else at the nearest place name (成都搬家公司电话
 * spliced into 在危险水域设立…警示牌). Undefined when neither is in reach, so
 * a report's own words are never taken for the phrase's start.
 */
function phraseStart(folded: string, end: number, catalogue: Catalogue): number | undefined {
  for (let start = end - 1; start >= Math.max(0, end - reach); start -= 1)
    if (breakBefore.test(folded[start]!)) return start + 1;
  const isPlace = (name: string) =>
    catalogue.spamPlaces.includes(name) || divisionsByShortName(name).length > 0 || divisionsNamed(name).length > 0;
  for (let start = end - 2; start >= Math.max(0, end - reach); start -= 1) {
    for (const length of [3, 2]) {
      const name = folded.slice(start, start + length);
      if (start + length <= end && /^\p{Script=Han}+$/u.test(name) && isPlace(name)) return start;
    }
  }
  return undefined;
}

/** Where a phrase ending at `end` really ends: past a call to action and its brand (…哪家好就选某某). */
function phraseEnd(folded: string, end: number, catalogue: Catalogue): number {
  const call = catalogue.spamCalls.find((word) => folded.startsWith(word, end));
  if (!call) return end;
  const brand = /^\p{Script=Han}{2,4}/u.exec(folded.slice(end + call.length))?.[0] ?? '';
  return brand === '' ? end : end + call.length + brand.length;
}

/**
 * Cuts advertisers' search phrases (成都全屋定制哪家好, 高考志愿填报一对一指导)
 * that SEO sites splice into report sentences, recognised by how they end
 * (the catalogue's spamQueries) and where they start. Each cut is reported.
 */
export function removeSpamQueries(
  lines: readonly SourceLine[],
  catalogue: Catalogue,
): { lines: SourceLine[]; removals: Removal[] } {
  const removals: Removal[] = [];
  if (catalogue.spamQueries.length === 0) return { lines: [...lines], removals };
  const out = lines.flatMap((line) => {
    let text = line.text;
    let folded = foldText(text);
    for (const query of catalogue.spamQueries) {
      for (let at = folded.lastIndexOf(query); at > 0; at = folded.lastIndexOf(query, at - 1)) {
        const end = phraseEnd(folded, at + query.length, catalogue);
        const start = phraseStart(folded, at, catalogue);
        if (start === undefined || start >= at) continue;
        // The spaces a site put after its phrase go with it.
        const through = end + (/^[ \u3000]*/u.exec(folded.slice(end))?.[0].length ?? 0);
        removals.push({ line: line.no, text: text.slice(start, end), rule: 'spam-query' });
        text = text.slice(0, start) + text.slice(through);
        folded = folded.slice(0, start) + folded.slice(through);
        at = start;
      }
    }
    return text.trim() === '' ? [] : [{ ...line, text }];
  });
  return { lines: out, removals };
}

const adSentenceLength = 40;

/**
 * A short sentence of advertisement glued to the start or end of a paragraph
 * (…各项指标全部达标。公务员考试历年真题免费领取，加微信即送) goes whole. Run after
 * the watermarks are cut, so a report sentence with a known slogan spliced
 * into it keeps its own words. A paragraph that is nothing but the
 * advertisement is left to the chrome rules, which see whole lines.
 */
export function removeAdSentences(
  lines: readonly SourceLine[],
  catalogue: Catalogue,
): { lines: SourceLine[]; removals: Removal[] } {
  const removals: Removal[] = [];
  const isAd = (sentence: string) =>
    Array.from(sentence).length <= adSentenceLength &&
    catalogue.adWords.some((word) => foldText(sentence).toLowerCase().includes(word));
  const out = lines.map((line) => {
    const folded = foldText(line.text).toLowerCase();
    if (!catalogue.adWords.some((word) => folded.includes(word))) return line;
    const sentences = line.text.match(/[^。！？!?]+[。！？!?]*/gu) ?? [];
    if (sentences.length < 2) return line;
    // At either end of the paragraph, or anywhere as a fragment glued on with a comma (…帮扶。，海量范文免费下载。).
    const ends = sentences
      .map((_, index) => index)
      .filter(
        (index) =>
          isAd(sentences[index]!) &&
          (index === 0 || index === sentences.length - 1 || /^[，,、]/.test(sentences[index]!)),
      );
    if (ends.length === 0 || ends.length === sentences.length) return line;
    for (const index of ends) removals.push({ line: line.no, text: sentences[index]!, rule: 'spam-sentence' });
    return { ...line, text: sentences.filter((_, index) => !ends.includes(index)).join('') };
  });
  return { lines: out, removals };
}
