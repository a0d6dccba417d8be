import { foldText } from '../text/fold.ts';
import { compareOrderKeys, type OrderKey } from './order.ts';

/** One of a bureau's reports, as the pages of its other reports list it. */
export interface BureauReport {
  slug: string;
  title: string;
  year: number | null;
}

/** A report's place among its bureau's reports: the next newer and the next older one. */
export interface Neighbours {
  newer?: BureauReport;
  older?: BureauReport;
}

/**
 * Every bureau's reports in the archive's order (newest first, undated last),
 * by the slug of each: a reader goes from one year's work summary to the next,
 * or sees at a glance what a bureau published over the years. An issuer
 * written in Traditional script is the same bureau. Bureaus, unlike the
 * archive as a whole, stay inside one province, so a report's page depends on
 * reports of its own shard (and of the year spans beside it when the province
 * is cut into spans), never on what another province adds.
 */
export function issuerTimelines(reports: readonly (OrderKey & { issuer: string })[]): Map<string, BureauReport[]> {
  const byIssuer = new Map<string, (OrderKey & { issuer: string })[]>();
  for (const report of reports) {
    const key = foldText(report.issuer.trim());
    const members = byIssuer.get(key) ?? [];
    members.push(report);
    byIssuer.set(key, members);
  }
  const timelines = new Map<string, BureauReport[]>();
  for (const members of byIssuer.values()) {
    const timeline = members
      .toSorted(compareOrderKeys)
      .map(({ slug, title, year }): BureauReport => ({ slug, title, year }));
    for (const { slug } of timeline) timelines.set(slug, timeline);
  }
  return timelines;
}

/** The reports beside `slug` in its bureau's timeline. */
export function neighboursIn(timeline: readonly BureauReport[], slug: string): Neighbours {
  const at = timeline.findIndex((report) => report.slug === slug);
  if (at === -1) return {};
  const newer = timeline[at - 1];
  const older = timeline[at + 1];
  return { ...(newer ? { newer } : {}), ...(older ? { older } : {}) };
}
