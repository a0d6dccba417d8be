import { describe, expect, it } from 'vitest';
import { districts, provinces } from '../../../scripts/corpus/places.ts';
import { checkRegion } from '../../../src/lib/places/check-region.ts';

describe('the places generated reports come from', () => {
  // Otherwise every `npm run check` of a benchmark corpus would drown in region warnings.
  it('are real divisions, each inside the city and province it is listed under', () => {
    const regions = [
      ...provinces.flatMap((province) =>
        province.cities.flatMap((city) =>
          city.counties.map((county) => ({ province: province.name, city: city.name, county })),
        ),
      ),
      ...districts.flatMap((group) =>
        group.names.map((county) => ({ province: group.province, city: group.city, county })),
      ),
    ];
    expect(
      regions.flatMap((region) => checkRegion(region).map((problem) => `${region.county}: ${problem.message}`)),
    ).toEqual([]);
  });
});
