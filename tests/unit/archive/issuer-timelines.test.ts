import { describe, expect, it } from 'vitest';
import { issuerTimelines, neighboursIn } from '../../../src/lib/archive/issuer-timelines.ts';

const report = (slug: string, issuer: string, year: number | null, date: string | null = null) => ({
  slug,
  issuer,
  year,
  date,
  type: 'summary',
  title: `${issuer}${year ?? ''}年报告`,
});

describe('a bureau’s reports over the years', () => {
  const timelines = issuerTimelines([
    report('a-2019', '东山县教育局', 2019),
    report('b-2021', '西山区教育局', 2021),
    report('a-2021', '东山县教育局', 2021, '2021-12-20'),
    report('a-2021-plan', '东山县教育局', 2021, '2021-02-01'),
    report('a-undated', '东山县教育局', null),
    report('c-2020', '東山縣教育局', 2020),
  ]);
  const slugs = (slug: string) => timelines.get(slug)!.map((entry) => entry.slug);

  it('follow the archive’s order within one issuer: newest first, undated last', () => {
    expect(slugs('a-2019')).toEqual(['a-2021', 'a-2021-plan', 'c-2020', 'a-2019', 'a-undated']);
    expect(timelines.get('a-2021')![0]).toEqual({
      slug: 'a-2021',
      title: '东山县教育局2021年报告',
      year: 2021,
      type: 'summary',
    });
  });

  it('are one list for every report of the bureau, an issuer in Traditional script included', () => {
    expect(timelines.get('c-2020')).toBe(timelines.get('a-2019'));
  });

  it('never hold another bureau’s report', () => {
    expect(slugs('b-2021')).toEqual(['b-2021']);
  });

  it('tell namesakes in other cities apart, leave reports with hidden names alone, and keep each title’s script', () => {
    const place = (slug: string, city: string, year: number, more: object = {}) => ({
      ...report(slug, '鼓楼区教育局', year),
      province: '江苏省',
      city,
      ...more,
    });
    const apart = issuerTimelines([
      place('nanjing-2020', '南京市', 2020),
      place('xuzhou-2020', '徐州市', 2020),
      place('nanjing-2021', '南京市', 2021, { script: 'zh-Hant' }),
      place('hidden-2020', '南京市', 2020, { anonymized: true, issuer: 'XX区教育局' }),
      place('hidden-2021', '南京市', 2021, { anonymized: true, issuer: 'XX区教育局' }),
    ]);
    expect(apart.get('nanjing-2020')!.map((entry) => entry.slug)).toEqual(['nanjing-2021', 'nanjing-2020']);
    expect(apart.get('xuzhou-2020')!.map((entry) => entry.slug)).toEqual(['xuzhou-2020']);
    expect(apart.get('hidden-2020')!.map((entry) => entry.slug)).toEqual(['hidden-2020']);
    expect(apart.get('nanjing-2020')![0]).toEqual({
      slug: 'nanjing-2021',
      title: '鼓楼区教育局2021年报告',
      year: 2021,
      type: 'summary',
      script: 'zh-Hant',
    });
  });

  it('give each report its next newer and next older one', () => {
    const timeline = timelines.get('a-2021')!;
    expect(neighboursIn(timeline, 'a-2021')).toEqual({
      older: { slug: 'a-2021-plan', title: '东山县教育局2021年报告', year: 2021, type: 'summary' },
    });
    expect(neighboursIn(timeline, 'a-2021-plan')).toMatchObject({
      newer: { slug: 'a-2021' },
      older: { slug: 'c-2020' },
    });
    expect(neighboursIn(timeline, 'a-undated')).toMatchObject({ newer: { slug: 'a-2019' } });
    expect(neighboursIn(timelines.get('b-2021')!, 'b-2021')).toEqual({});
    expect(neighboursIn(timeline, 'b-2021')).toEqual({});
  });
});
