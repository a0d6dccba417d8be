import { describe, expect, it } from 'vitest';
import { yearBars } from '../../../src/lib/browse/chart-bars.ts';

describe('chart bars', () => {
  it('run from the oldest year to the newest, with the undated last', () => {
    const bars = yearBars([
      { year: 2021, count: 3 },
      { year: null, count: 1 },
      { year: 2019, count: 2 },
    ]);
    expect(bars).toEqual([
      { label: '2019', count: 2 },
      { label: '2021', count: 3 },
      { label: '不详', count: 1 },
    ]);
  });
});
