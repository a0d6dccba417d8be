import { describe, expect, it } from 'vitest';
import { compareReports } from '../../../src/lib/archive/order.ts';
import { reportOf } from '../../helpers/report-object.ts';

const ordered = (...reports: ReturnType<typeof reportOf>[]) =>
  reports.toSorted(compareReports).map((report) => report.slug);

describe('the order of reports', () => {
  it('puts newer years first and undated reports last', () => {
    expect(
      ordered(
        reportOf('undated', { year: null }),
        reportOf('y2019', { year: 2019 }),
        reportOf('y2021', { year: 2021 }),
      ),
    ).toEqual(['y2021', 'y2019', 'undated']);
  });

  it('within a year, puts later dates first and reports without a date after dated ones', () => {
    expect(
      ordered(
        reportOf('no-date', { year: 2020 }),
        reportOf('march', { year: 2020, date: '2020-03-01' }),
        reportOf('december', { year: 2020, date: '2020-12-20' }),
      ),
    ).toEqual(['december', 'march', 'no-date']);
  });

  it('breaks ties by title in Chinese collation order, then by slug', () => {
    expect(
      ordered(reportOf('c', { title: '总结' }), reportOf('b', { title: '安排' }), reportOf('a', { title: '总结' })),
    ).toEqual(['b', 'a', 'c']);
  });

  it('gives the same order whatever order the reports came in', () => {
    const reports = [
      reportOf('a', { year: 2020 }),
      reportOf('b', { year: null }),
      reportOf('c', { year: 2020, date: '2020-05-05' }),
      reportOf('d', { year: 2022 }),
    ];
    expect(ordered(...reports.toReversed())).toEqual(ordered(...reports));
  });
});
