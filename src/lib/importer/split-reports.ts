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

/**
 * Splits the body at report markers; text before the first marker is a part
 * of its own. A page of reports parted only by divider lines (﹏﹏﹏) splits
 * where a sure title follows a divider.
 */
export function splitReports(lines: readonly SourceLine[], catalogue: Catalogue): ReportPart[] {
  const parts: ReportPart[] = [{ lines: [] }];
  for (const line of lines) {
    const divided = line.afterDivider && parts.at(-1)!.lines.length > 0 && (scoreTitle(line.text, catalogue)?.score ?? 0) >= goodTitleScore;
    const title = markerTitle(line.text, catalogue) ?? (divided ? line.text : undefined);
    if (title !== undefined) parts.push({ markerTitle: title, lines: [] });
    else parts.at(-1)!.lines.push(line);
  }
  return parts;
}
