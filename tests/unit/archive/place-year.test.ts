import { describe, expect, it } from 'vitest';
import { placeYearGroups, placeYearKey } from '../../../src/lib/archive/place-year.ts';
import { loadFixtureArchive } from '../../helpers/temp-archive.ts';

describe('reports of one city and year', async () => {
  const archive = await loadFixtureArchive();
  const dongshan = archive.bySlug.get('dongshan-2021-summary')!;
  const at = (province: string | undefined, city: string | undefined, year: number | null) => ({
    ...dongshan,
    slug: `${city}-${year}`,
    meta: { ...dongshan.meta, year, region: { province, city } },
  });

  it('are keyed by province, city and year, a city written in Traditional script being the same city', () => {
    expect(placeYearKey(at('福建省', '厦门市', 2021))).toBe(placeYearKey(at('福建省', '廈門市', 2021)));
    expect(placeYearKey(at('福建省', '漳州市', 2021))).toBe(placeYearKey(at('福建省', '漳州市 ', 2021)));
    expect(placeYearKey(at('福建省', '漳州市', 2021))).not.toBe(placeYearKey(at('福建省', '漳州市', 2020)));
    expect(placeYearKey(at('福建省', undefined, 2021))).toBeUndefined();
    expect(placeYearKey(at('福建省', '漳州市', null))).toBeUndefined();
  });

  it('are grouped in the order given, leaving out reports without a city or a year', () => {
    const reports = [at('福建省', '漳州市', 2021), at('福建省', '厦门市', 2021), at(undefined, undefined, 2021)];
    const second = { ...reports[0]!, slug: 'second' };
    const groups = placeYearGroups([...reports, second]);
    expect([...groups.values()].map((group) => group.map((report) => report.slug))).toEqual([
      ['漳州市-2021', 'second'],
      ['厦门市-2021'],
    ]);
  });
});
