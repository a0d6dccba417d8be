import { regionValue } from '../facets/registry.ts';
import type { ReportBasics } from './types.ts';

/**
 * Reports of one city and one year: what a reader compares a bureau's report
 * with. Keyed by province, city and year (region names folded, so 漳州市 and
 * 漳州市 in Traditional script are one place); none for a report without a
 * city or a year. A city and a year lie in one province and one year span,
 * so every report of a group is in the same shard.
 */
export function placeYearKey(report: ReportBasics): string | undefined {
  const province = regionValue(report.meta.region.province);
  const city = regionValue(report.meta.region.city);
  if (!province || !city || report.meta.year === null) return undefined;
  return `${province}\n${city}\n${report.meta.year}`;
}

/** The reports by placeYearKey, each group in the order the reports are given. */
export function placeYearGroups<T extends ReportBasics>(reports: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const report of reports) {
    const key = placeYearKey(report);
    if (key === undefined) continue;
    const group = groups.get(key) ?? [];
    group.push(report);
    groups.set(key, group);
  }
  return groups;
}
