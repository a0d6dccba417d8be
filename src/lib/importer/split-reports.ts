import { foldText } from '../text/fold.ts';

/**
 * Template sites put several reports on one page, each opened by a marker:
 * 【第1篇】标题, 【篇一】标题, 篇二, 范文一, 第三篇. Each marker starts a report;
 * the text on the marker line, if any, is its title.
 */
const markers = [
  /^【\s*第?\s*[0-9一二三四五六七八九十]+\s*篇\s*】\s*(.*)$/,
  /^【\s*篇\s*[0-9一二三四五六七八九十]+\s*】\s*(.*)$/,
  /^[\[［(（]\s*(?:第\s*[0-9一二三四五六七八九十]+\s*篇|篇\s*[0-9一二三四五六七八九十]+)\s*[\]］)）]\s*(.*)$/,
  /^篇\s*[0-9一二三四五六七八九十]+\s*[:：、.．]?\s*(.*)$/,
  /^范文\s*[0-9一二三四五六七八九十]+\s*[:：、.．]?\s*(.*)$/,
  /^第\s*[0-9一二三四五六七八九十]+\s*篇\s*[:：、.．]?\s*(.*)$/,
];

export interface ReportPart {
  /** Title written on the marker line; empty when the marker stands alone. */
  markerTitle: string;
  lines: string[];
}

export function markerTitle(line: string): string | undefined {
  const folded = foldText(line);
  for (const marker of markers) {
    const match = marker.exec(folded);
    if (match) return line.slice(line.length - match[1]!.length).trim();
  }
  return undefined;
}

/**
 * Splits the page at report markers. Text before the first marker is the page's
 * own header (its title and introduction) and is returned separately.
 */
export function splitReports(lines: readonly string[]): { prelude: string[]; parts: ReportPart[] } {
  const prelude: string[] = [];
  const parts: ReportPart[] = [];
  for (const line of lines) {
    const title = line.length <= 80 ? markerTitle(line) : undefined;
    if (title !== undefined) parts.push({ markerTitle: title, lines: [] });
    else if (parts.length > 0) parts.at(-1)!.lines.push(line);
    else prelude.push(line);
  }
  return { prelude, parts };
}
