import type { BureauReport } from '../archive/issuer-timelines.ts';

/** A comparison the report page offers: report a on the left, b on the right, and what the pair shows. */
interface NaturalPair {
  label: string;
  a: string;
  b: string;
}

function firstOf(timeline: readonly BureauReport[], type: string, year: number): BureauReport | undefined {
  return timeline.find((entry) => entry.type === type && entry.year === year);
}

/**
 * The comparisons a reader of one of a bureau's reports most often wants:
 * a year's plan beside the summary of the same year (what was promised, what
 * was reported), and a summary beside the summaries of the years before and
 * after. The earlier document goes on the left. Where a bureau issued two of
 * a kind in one year, the one first in the archive's order stands for them.
 */
export function naturalPairsOf(timeline: readonly BureauReport[], slug: string): NaturalPair[] {
  const report = timeline.find((entry) => entry.slug === slug);
  if (!report || report.year === null) return [];
  const { year } = report;
  const pairs: NaturalPair[] = [];
  if (report.type === 'plan') {
    const summary = firstOf(timeline, 'summary', year);
    if (summary) pairs.push({ label: `对照${year}年工作总结`, a: slug, b: summary.slug });
  }
  if (report.type === 'summary') {
    const plan = firstOf(timeline, 'plan', year);
    if (plan) pairs.push({ label: `对照${year}年工作计划`, a: plan.slug, b: slug });
    const before = firstOf(timeline, 'summary', year - 1);
    if (before) pairs.push({ label: `对照${year - 1}年工作总结`, a: before.slug, b: slug });
    const after = firstOf(timeline, 'summary', year + 1);
    if (after) pairs.push({ label: `对照${year + 1}年工作总结`, a: slug, b: after.slug });
  }
  return pairs;
}
