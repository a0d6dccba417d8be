import { foldText } from '../text/fold.ts';
import type { Catalogue } from './catalogue.ts';
import type { SourceLine } from './removals.ts';

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
    if (match) return line.slice(line.length - (match[1] ?? '').length).trim();
  }
  return undefined;
}

/** Splits the body at report markers; text before the first marker is a part of its own. */
export function splitReports(lines: readonly SourceLine[], catalogue: Catalogue): ReportPart[] {
  const parts: ReportPart[] = [{ lines: [] }];
  for (const line of lines) {
    const title = markerTitle(line.text, catalogue);
    if (title !== undefined) parts.push({ markerTitle: title, lines: [] });
    else parts.at(-1)!.lines.push(line);
  }
  return parts;
}
