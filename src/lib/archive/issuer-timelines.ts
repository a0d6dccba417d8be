import { foldText } from '../text/fold.ts';
import { compareOrderKeys, type OrderKey } from './order.ts';

/** One of a bureau's reports, as the pages of its other reports list it. */
export interface BureauReport {
  slug: string;
  title: string;
  year: number | null;
  /** Report type (summary, plan, speech, report, other): what pairs it with its bureau's other reports for comparing. */
  type: string;
  /** zh-Hant for a title in Traditional script; absent for Simplified. */
  script?: string;
}

/** What tells a report's bureau: the issuer within its province and city, unless the report hides names. */
interface BureauKey extends OrderKey {
  issuer: string;
  type: string;
  province?: string | undefined;
  city?: string | undefined;
  script?: string | undefined;
  anonymized?: boolean | undefined;
}

/** A report's place among its bureau's reports: the next newer and the next older one. */
interface Neighbours {
  newer?: BureauReport;
  older?: BureauReport;
}

/**
 * Every bureau's reports in the archive's order (newest first, undated last),
 * by the slug of each: a reader goes from one year's work summary to the next,
 * or sees at a glance what a bureau published over the years. A bureau is an
 * issuer within one province and city (鼓楼区教育局 is four bureaus), written
 * in either script; a report that hides names (XX区教育局) stands alone. So a
 * bureau stays inside one province: a report's page depends on reports of its
 * own shard (and of the year spans beside it when the province is cut into
 * spans), never on what another province adds.
 */
export function issuerTimelines(reports: readonly BureauKey[]): Map<string, BureauReport[]> {
  const byIssuer = new Map<string, BureauKey[]>();
  for (const report of reports) {
    const key = report.anonymized
      ? `\u0000${report.slug}`
      : `${report.province ?? ''}\n${report.city ?? ''}\n${foldText(report.issuer.trim())}`;
    const members = byIssuer.get(key) ?? [];
    members.push(report);
    byIssuer.set(key, members);
  }
  const timelines = new Map<string, BureauReport[]>();
  for (const members of byIssuer.values()) {
    const timeline = members.toSorted(compareOrderKeys).map(
      ({ slug, title, year, type, script }): BureauReport => ({
        slug,
        title,
        year,
        type,
        ...(script === 'zh-Hant' ? { script } : {}),
      }),
    );
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
