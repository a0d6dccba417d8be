import type { ReportBasics } from './types.ts';

const collator = new Intl.Collator('zh-Hans-CN');

/** What a report's place in the archive's order depends on. */
export interface OrderKey {
  slug: string;
  title: string;
  year: number | null;
  date?: string | null | undefined;
}

/** Newest first by year, then date; undated reports last; ties broken by title and slug. */
export function compareOrderKeys(a: OrderKey, b: OrderKey): number {
  return (
    (b.year ?? -Infinity) - (a.year ?? -Infinity) ||
    (b.date ?? '').localeCompare(a.date ?? '') ||
    collator.compare(a.title, b.title) ||
    a.slug.localeCompare(b.slug)
  );
}

/** The archive's order, for reports whole or summarized. */
export function compareReports(a: ReportBasics, b: ReportBasics): number {
  return compareOrderKeys(
    { slug: a.slug, title: a.meta.title, year: a.meta.year, date: a.meta.date },
    { slug: b.slug, title: b.meta.title, year: b.meta.year, date: b.meta.date },
  );
}
