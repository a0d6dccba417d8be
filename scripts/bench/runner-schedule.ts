/**
 * The wall time of jobs of the given durations on `runners` parallel
 * runners: each job, longest first, goes to the runner that frees up first
 * (a CI matrix starts queued jobs as runners free up, and longest-first is
 * within 4/3 of the best order). Job start-up is not included.
 */
export function wallTimeOnRunners(durations: readonly number[], runners: number): number {
  if (runners < 1) throw new RangeError('runners must be at least 1');
  const loads = new Array<number>(Math.min(runners, Math.max(1, durations.length))).fill(0);
  for (const duration of [...durations].sort((a, b) => b - a)) {
    let least = 0;
    for (let runner = 1; runner < loads.length; runner += 1) if (loads[runner]! < loads[least]!) least = runner;
    loads[least]! += duration;
  }
  return Math.max(...loads);
}

/** The middle value (the mean of the two middle ones for an even count); 0 for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
