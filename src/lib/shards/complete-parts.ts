import type { StepPart } from '../config/build-scope.ts';

/** Found parts 1 … N of a step in order, or which parts of the largest N found are missing. */
type PartSet<T> = { complete: T[] } | { complete?: undefined; parts: number; missing: number[] };

/**
 * The complete set among the parts found on disk (index slices, page groups).
 * Parts made for another N, say after a run with 4 slices and a run with 3,
 * may lie side by side: the smallest N found complete is taken, otherwise the
 * largest N says what is missing (none found: N = 0).
 */
export function completePartsOf<T>(found: readonly T[], partOf: (item: T) => StepPart): PartSet<T> {
  const counts = [...new Set(found.map((item) => partOf(item).parts))].sort((a, b) => a - b);
  for (const parts of counts) {
    const set = found.filter((item) => partOf(item).parts === parts).sort((a, b) => partOf(a).part - partOf(b).part);
    if (set.length === parts && set.every((item, index) => partOf(item).part === index + 1)) return { complete: set };
  }
  const parts = counts.at(-1) ?? 0;
  const missing = Array.from({ length: parts }, (_, index) => index + 1).filter(
    (part) => !found.some((item) => partOf(item).parts === parts && partOf(item).part === part),
  );
  return { parts, missing };
}
