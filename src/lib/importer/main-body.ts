/**
 * The report's body is the densest run of prose on the page, as boilerplate
 * removers find it: each line weighs for (prose, by its Han characters) or
 * against (chrome, lists of links), and the run with the greatest total wins.
 * Chrome inside the run was removed already; short lines inside it (headings,
 * greetings) come along with the prose around them.
 */
export function densestRun(weights: readonly number[]): { start: number; end: number } | undefined {
  let best: { start: number; end: number; total: number } | undefined;
  let start = 0;
  let total = 0;
  weights.forEach((weight, index) => {
    if (total <= 0) {
      start = index;
      total = 0;
    }
    total += weight;
    if (total > 0 && (!best || total > best.total)) best = { start, end: index, total };
  });
  return best && { start: best.start, end: best.end };
}
