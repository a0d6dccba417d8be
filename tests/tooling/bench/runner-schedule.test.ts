import { describe, expect, it } from 'vitest';
import { median, wallTimeOnRunners } from '../../../scripts/bench/runner-schedule.ts';

describe('the wall time of shard builds on parallel runners', () => {
  it('is the sum on one runner and the longest job when every job has a runner', () => {
    expect(wallTimeOnRunners([30, 10, 20], 1)).toBe(60);
    expect(wallTimeOnRunners([30, 10, 20], 3)).toBe(30);
    expect(wallTimeOnRunners([30, 10, 20], 50)).toBe(30);
  });

  it('gives each job, longest first, to the runner that frees up first', () => {
    // 7 and 6 start at once; 5 follows 6 (free first), 4 follows 7: both runners end at 11.
    expect(wallTimeOnRunners([4, 5, 6, 7], 2)).toBe(11);
    expect(wallTimeOnRunners([], 4)).toBe(0);
    expect(() => wallTimeOnRunners([1], 0)).toThrow(RangeError);
  });

  it('takes the median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});
