import { describe, expect, it } from 'vitest';
import { dateLabel, levelLabels, sortOrderLabels, typeLabels, yearLabel } from '../../../src/lib/format/labels.ts';
import { levels, reportTypes } from '../../../src/lib/schema/report.ts';
import { sortOrders } from '../../../src/lib/search/read/run-search.ts';

describe('labels', () => {
  it('name years and dates the Chinese way, and years the source hides', () => {
    expect(yearLabel(2020)).toBe('2020年');
    expect(yearLabel(null)).toBe('年份不详');
    expect(dateLabel('2020-11-26')).toBe('2020年11月26日');
    expect(dateLabel('2021-01-05')).toBe('2021年1月5日');
  });

  it('name every report type, level and sort order, each differently', () => {
    for (const [keys, labels] of [
      [reportTypes, typeLabels],
      [levels, levelLabels],
      [sortOrders, sortOrderLabels],
    ] as const) {
      const names = keys.map((key) => (labels as Record<string, string>)[key]);
      expect(names.every((name) => typeof name === 'string' && name.length > 0)).toBe(true);
      expect(new Set(names).size).toBe(keys.length);
    }
  });
});
