import { foldText } from '../text/fold.ts';
import type { Catalogue } from './catalogue.ts';
import { markerOf } from './structure.ts';

/** A row of menu entries: five or more short words separated by spaces, no sentence punctuation. */
export function isNavigationLine(line: string): boolean {
  if (line.length > 160 || /[。，,；;！？!?、]/.test(line)) return false;
  const words = line.split(/[\s|｜·•]+/).filter(Boolean);
  // Menu entries are words of two or more characters; 2022 年 12 月 20 日 from a PDF is a date spaced out.
  const entries = words.filter((word) => /\p{Script=Han}{2}/u.test(word)).length;
  return words.length >= 5 && words.every((word) => word.length <= 6) && entries >= 3;
}

const leadingDecoration = /^[\s\p{S}\p{Pi}\p{Pf}·•*|«»‹›【〖[-]+/u;
const barKey = /^(\p{Script=Han}{1,6})\s*[｜|丨]\s*/u;
const trailingAside = /(?<=[。！？])[（(][^（）()]{1,50}[）)]\s*$/u;

/**
 * The chrome rule a line matches, if any: the catalogue's rules in order, then
 * the navigation-row shape. Lines opening with a heading number are report
 * headings unless a rule says it also covers numbered lines.
 */
export function chromeRuleOf(line: string, catalogue: Catalogue): string | undefined {
  if (line === '') return undefined;
  // A paragraph with an attribution bracketed at its end (…培训4.2万人次。（转载自 某某网）) is report text: the
  // watermark step cuts the bracket. Only a line that is nothing but such a note is chrome.
  const unattributed = Array.from(line).length > 60 ? line.replace(trailingAside, '') : line;
  const folded = foldText(unattributed);
  const numbered = markerOf(line) !== undefined;
  const length = Array.from(line).length;
  const lower = folded.toLowerCase();
  const bare = lower.replace(/^[\s[【(（]+|[\s\]】)）]+$/g, '').replace(/\s+/g, ' ');
  // Sites dress links up with arrows and bullets (« 上一篇：, ▶ 相关阅读) and write keys with a bar (来源｜…):
  // the rules see the line in its plain form too.
  const plain = folded.replace(leadingDecoration, '').replace(barKey, '$1：');
  for (const rule of catalogue.chrome) {
    if (length > rule.maxLength || (numbered && !rule.numberedToo)) continue;
    if (rule.notInSentences && folded.includes('。')) continue;
    if (rule.test(folded, lower, bare)) return rule.id;
    if (plain !== folded && rule.test(plain, plain.toLowerCase(), bare.replace(leadingDecoration, ''))) return rule.id;
  }
  return !numbered && isNavigationLine(folded) ? 'navigation' : undefined;
}

/** The words of a tag line (标签: 材料 教育 报告), which hint at topics. */
export function tagWords(line: string): string[] {
  return line
    .replace(/^[^:：]*[:：]/, '')
    .split(/[\s,，、;；|]+/)
    .filter(Boolean);
}
