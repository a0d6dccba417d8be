import { describe, expect, it } from 'vitest';
import { issuerNeighbours } from '../../../src/lib/archive/issuer-neighbours.ts';

const report = (slug: string, issuer: string, year: number | null, date: string | null = null) => ({
  slug,
  issuer,
  year,
  date,
  title: `${issuer}${year ?? ''}年报告`,
});

describe('a bureau’s newer and older reports', () => {
  const neighbours = issuerNeighbours([
    report('a-2019', '东山县教育局', 2019),
    report('b-2021', '西山区教育局', 2021),
    report('a-2021', '东山县教育局', 2021, '2021-12-20'),
    report('a-2021-plan', '东山县教育局', 2021, '2021-02-01'),
    report('a-undated', '东山县教育局', null),
    report('c-2020', '東山縣教育局', 2020),
  ]);

  it('follow the archive’s order within one issuer: newest first, undated last', () => {
    expect(neighbours.get('a-2021')).toEqual({ older: { slug: 'a-2021-plan', title: '东山县教育局2021年报告' } });
    expect(neighbours.get('a-2021-plan')).toMatchObject({ newer: { slug: 'a-2021' }, older: { slug: 'c-2020' } });
    expect(neighbours.get('a-undated')).toEqual({ newer: { slug: 'a-2019', title: '东山县教育局2019年报告' } });
  });

  it('count an issuer written in Traditional script as the same bureau', () => {
    expect(neighbours.get('c-2020')).toMatchObject({ newer: { slug: 'a-2021-plan' }, older: { slug: 'a-2019' } });
  });

  it('never link to another bureau’s report', () => {
    expect(neighbours.get('b-2021')).toEqual({});
  });
});
