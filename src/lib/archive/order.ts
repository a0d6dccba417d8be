import type { Report } from './types.ts';

const collator = new Intl.Collator('zh-Hans-CN');

/** Newest first by year, then date; undated reports last; ties broken by title and slug. */
export function compareReports(a: Report, b: Report): number {
  return (
    (b.meta.year ?? -Infinity) - (a.meta.year ?? -Infinity) ||
    (b.meta.date ?? '').localeCompare(a.meta.date ?? '') ||
    collator.compare(a.meta.title, b.meta.title) ||
    a.slug.localeCompare(b.slug)
  );
}
