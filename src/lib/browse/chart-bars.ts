import type { ChartBar } from '../svg/year-chart.ts';

/** Chart bars from per-year counts in any order: oldest year first, undated last. */
export function yearBars(counts: readonly { year: number | null; count: number }[]): ChartBar[] {
  return [...counts]
    .sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity))
    .map((entry) => ({ label: entry.year === null ? '不详' : String(entry.year), count: entry.count }));
}
