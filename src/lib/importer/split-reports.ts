import { countHan } from '../text/cjk.ts';
import { foldText } from '../text/fold.ts';
import type { Catalogue } from './catalogue.ts';
import type { SourceLine } from './removals.ts';
import { goodTitleScore, scoreTitle } from './title.ts';

/**
 * Template sites put several reports on one page, each opened by a marker
 * (【第1篇】标题, 篇二, 范文一 …; the patterns are in catalogue.yml). Each marker
 * starts a report; the text on the marker line, if any, is its title.
 */
export interface ReportPart {
  /** Title written on the marker line; empty when the marker stands alone; absent for text before any marker. */
  markerTitle?: string;
  lines: SourceLine[];
}

export function markerTitle(line: string, catalogue: Catalogue): string | undefined {
  if (Array.from(line).length > 80) return undefined;
  const folded = foldText(line);
  for (const marker of catalogue.reportMarkers) {
    const match = marker.exec(folded);
    if (!match) continue;
    // Folding keeps every character in place, so the title group's position in the folded line is its position in the line.
    const title = match[1] ?? '';
    const start = title === '' ? line.length : folded.indexOf(title, match.index);
    return line.slice(start, start + title.length).trim();
  }
  return undefined;
}

/** The report markers of a page: each marker line's text, with the title written on it ('' when none). */
export type Markers = ReadonlyMap<string, string>;

const numerals = '一二三四五六七八九十';
const ordinalValue = (ordinal: string) =>
  /^\d+$/.test(ordinal) ? Number(ordinal) : ordinal === '十' ? 10 : numerals.indexOf(ordinal) + 1;
/** 讲话稿（一）, 〓范文二〓霍山县…, 教育局上半年工作总结（二）: a stem, a running number, and perhaps the title after it. */
const ordinalLine = new RegExp(
  [
    String.raw`^[\p{S}\s〓【[]*`,
    // 1: the stem, Han words without sentence punctuation or numerals.
    String.raw`((?![第页])\p{Script=Han}[^，。；！？,;!?\d一二三四五六七八九十（）()第页]{1,19}?)\s*`,
    // 2: a bracketed running number, or 3: a bare one followed by an ornament or the line's end.
    String.raw`(?:[（(]([一二三四五六七八九十]|\d{1,2})[）)]|([一二三四五六七八九十]|\d{1,2})(?=[\p{S}\s〓】\]:：、.．]|$))`,
    // 4: the title after it, if any.
    String.raw`[\p{S}\s〓】\]:：、.．]*(.*)$`,
  ].join(''),
  'u',
);

/**
 * Markers a page makes of its own: lines that share a stem and number the
 * reports 1, 2, 3 … in order (▶ 讲话稿（一） … ▶ 讲话稿（二）). A stem counts
 * only when its numbers run from one without a gap, each once.
 */
function ordinalMarkers(lines: readonly SourceLine[], catalogue: Catalogue): Map<string, string> {
  const byStem = new Map<string, { text: string; value: number; title: string }[]>();
  for (const { text } of lines) {
    if (Array.from(text).length > 60) continue;
    const match = ordinalLine.exec(text);
    // Numbered chrome (幻灯片 1, 第 1 页) runs 1, 2, 3 too: a collection's stem names a kind of document.
    if (!match || countHan(match[1]!) < 2 || !catalogue.markerWords.some((word) => foldText(match[1]!).includes(word)))
      continue;
    const stem = foldText(match[1]!.trim());
    byStem.set(stem, [
      ...(byStem.get(stem) ?? []),
      { text, value: ordinalValue(match[2] ?? match[3]!), title: match[4]!.trim() },
    ]);
  }
  const markers = new Map<string, string>();
  for (const found of byStem.values()) {
    if (found.length < 2 || !found.every((entry, index) => entry.value === index + 1)) continue;
    for (const entry of found) markers.set(entry.text, entry.title);
  }
  return markers;
}

/** Every marker line of a page: the catalogue's patterns, then the page's own numbered stems. */
export function findMarkers(lines: readonly SourceLine[], catalogue: Catalogue): Markers {
  const markers = ordinalMarkers(lines, catalogue);
  for (const { text } of lines) {
    const title = markerTitle(text, catalogue);
    if (title !== undefined) markers.set(text, title);
  }
  return markers;
}

/**
 * Splits the body at report markers; text before the first marker is a part
 * of its own. A page of reports parted only by divider lines (﹏﹏﹏) splits
 * where a sure title follows a divider.
 */
export function splitReports(lines: readonly SourceLine[], catalogue: Catalogue, markers: Markers): ReportPart[] {
  const parts: ReportPart[] = [{ lines: [] }];
  for (const line of lines) {
    const divided =
      line.afterDivider &&
      parts.at(-1)!.lines.length > 0 &&
      (scoreTitle(line.text, catalogue)?.score ?? 0) >= goodTitleScore;
    const title = markers.get(line.text) ?? (divided ? line.text : undefined);
    if (title !== undefined) parts.push({ markerTitle: title, lines: [] });
    else parts.at(-1)!.lines.push(line);
  }
  return parts;
}
