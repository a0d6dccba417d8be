import { undatedValue, yearLabel } from '../format/labels.ts';

export interface YearGroup<T> {
  year: number | null;
  label: string;
  /** Anchor of the group on its page: y2020, or y-undated. */
  anchor: string;
  items: T[];
}

export function yearAnchor(year: number | null): string {
  return year === null ? `y-${undatedValue}` : `y${year}`;
}

/** Groups items, already sorted newest first, into runs of the same year. */
export function groupByYear<T>(items: readonly T[], yearOf: (item: T) => number | null): YearGroup<T>[] {
  const groups: YearGroup<T>[] = [];
  for (const item of items) {
    const year = yearOf(item);
    const last = groups.at(-1);
    if (last && last.year === year) last.items.push(item);
    else groups.push({ year, label: yearLabel(year), anchor: yearAnchor(year), items: [item] });
  }
  return groups;
}
