import type { Archive } from '../../src/lib/archive/types.ts';
import { searchableText } from '../../src/lib/search/format.ts';
import { findTerm } from '../../src/lib/search/match.ts';
import type { QueryTerm } from '../../src/lib/search/query.ts';
import { foldText } from '../../src/lib/text/fold.ts';

/**
 * The definition the engine must meet, computed the slow way: a report matches
 * when its title, or one of its sections, contains every term (folded, Latin
 * words whole). Returns slug → matching section anchors.
 */
export function substringTruth(archive: Archive, terms: readonly QueryTerm[]): Map<string, string[]> {
  const truth = new Map<string, string[]>();
  const has = (text: string) => terms.every((term) => findTerm(foldText(text), term.folded).length > 0);
  for (const report of archive.reports) {
    const anchors = report.sections.filter((section) => has(searchableText(section.heading, section.text))).map((section) => section.id);
    if (anchors.length > 0 || has(report.meta.title)) truth.set(report.slug, anchors);
  }
  return truth;
}
