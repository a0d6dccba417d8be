import { countHan } from '../text/cjk.ts';
import { foldText } from '../text/fold.ts';
import type { Catalogue } from './catalogue.ts';
import { isShortLine, markerOf } from './structure.ts';

/**
 * What a line looks like, for finding the report among the chrome:
 * - prose: report sentences, a run of Han text with sentence punctuation;
 * - heading: a numbered part (一、, （一）, 1.) short enough to be a heading;
 * - link: a line that reads like the title of another page (ends in 总结, 范文, 篇 …)
 *   or is thick with chrome words, as in lists of related articles;
 * - short: anything else (a greeting, a signature, a subtitle).
 */
type LineKind = 'prose' | 'heading' | 'link' | 'short';

const sentencePunctuation = /[。；;！!？?，,：:]/;

export function lineKind(text: string, catalogue: Catalogue): LineKind {
  const han = countHan(text);
  // A numbered line is a heading when short; a numbered paragraph (9.抓好…。落实…) is prose like any other.
  if (markerOf(text) !== undefined && isShortLine(text)) return 'heading';
  if (han >= 15 && sentencePunctuation.test(text) && han / Array.from(text).length >= 0.5) return 'prose';
  if (looksLikeLink(text, catalogue)) return 'link';
  return 'short';
}

function looksLikeLink(text: string, catalogue: Catalogue): boolean {
  const folded = foldText(text).toLowerCase();
  if (/^[—–-]{1,2}|^[（(]/.test(folded) || /[。！？!?：:]$/.test(folded)) return false;
  const chromeWords = catalogue.chromeWords.filter((word) => folded.includes(word)).length;
  if (chromeWords >= 2) return true;
  const bare = folded.replace(/[\s\d()（）[\]【】.,，、_-]+$/u, '').replace(/[（(【[][^）)】\]]*[）)】\]]$/u, '');
  const titleEnding = catalogue.documentTypes.some((entry) => entry.words.some((word) => bare.endsWith(word)));
  return (
    titleEnding ||
    /(范文|篇|合集|汇总|大全|模板)$/.test(bare) ||
    /^\d{1,3}[.、]\s*\S.*(总结|计划|讲话|报告|范文|篇)/.test(folded)
  );
}

/** How much a line counts towards being the report's body: prose by its Han characters, chrome against. */
export function lineWeight(kind: LineKind | 'chrome', text: string): number {
  switch (kind) {
    case 'prose':
      return Math.min(countHan(text), 400);
    case 'heading':
      return 6;
    case 'short':
      return /[：:，,。！!]$/.test(text) ? 2 : -3;
    case 'link':
      return -12;
    case 'chrome':
      return -15;
  }
}
