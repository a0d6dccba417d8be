import { describe, expect, it } from 'vitest';
import type { BureauReport } from '../../../src/lib/archive/issuer-timelines.ts';
import { naturalPairsOf } from '../../../src/lib/compare/natural-pairs.ts';

const entry = (slug: string, type: string, year: number | null): BureauReport => ({ slug, title: slug, type, year });

// A bureau's reports, newest first, as issuerTimelines lists them.
const timeline = [
  entry('plan-2022', 'plan', 2022),
  entry('summary-2021', 'summary', 2021),
  entry('summary-2021-half', 'summary', 2021),
  entry('plan-2021', 'plan', 2021),
  entry('speech-2021', 'speech', 2021),
  entry('summary-2020', 'summary', 2020),
  entry('undated', 'summary', null),
];

describe('the comparisons a report page offers', () => {
  it('sets a summary beside its year’s plan and the summaries of the years around it, the earlier on the left', () => {
    expect(naturalPairsOf(timeline, 'summary-2021')).toEqual([
      { label: '对照2021年工作计划', a: 'plan-2021', b: 'summary-2021' },
      { label: '对照2020年工作总结', a: 'summary-2020', b: 'summary-2021' },
    ]);
    expect(naturalPairsOf(timeline, 'summary-2020')).toEqual([
      { label: '对照2021年工作总结', a: 'summary-2020', b: 'summary-2021' },
    ]);
  });

  it('sets a plan beside its year’s summary', () => {
    expect(naturalPairsOf(timeline, 'plan-2021')).toEqual([
      { label: '对照2021年工作总结', a: 'plan-2021', b: 'summary-2021' },
    ]);
    expect(naturalPairsOf(timeline, 'plan-2022')).toEqual([]);
  });

  it('offers nothing for other types, undated reports, or a report not in the timeline', () => {
    expect(naturalPairsOf(timeline, 'speech-2021')).toEqual([]);
    expect(naturalPairsOf(timeline, 'undated')).toEqual([]);
    expect(naturalPairsOf(timeline, 'elsewhere')).toEqual([]);
    expect(naturalPairsOf([], 'summary-2021')).toEqual([]);
  });
});
