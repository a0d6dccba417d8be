import { describe, expect, it } from 'vitest';
import { divisionsNamed } from '../../../src/lib/places/divisions.ts';
import { lookUp, narrow, parts, within } from '../../../src/lib/places/region-parts.ts';

const only = (name: string) => {
  const found = divisionsNamed(name);
  if (found.length !== 1) throw new Error(`${name} names ${found.length} divisions`);
  return found[0]!;
};

describe('looking up the parts of a region', () => {
  it('covers province, city and county, outermost first', () => {
    expect(parts).toEqual(['province', 'city', 'county']);
  });

  it('finds every division a name could mean and those that fit its part', () => {
    const lookups = lookUp({ province: '河南省', city: '濮阳市', county: '清丰县' });
    expect(Object.keys(lookups)).toEqual(['province', 'city', 'county']);
    expect(lookups.county).toMatchObject({ name: '清丰县', fitting: [expect.objectContaining({ name: '清丰县' })] });
  });

  it('lets a city part name a municipality or a county-level city under its province', () => {
    expect(lookUp({ city: '北京市' }).city!.fitting.map((division) => division.level)).toEqual(['province']);
    expect(lookUp({ city: '仙桃市' }).city!.fitting).toHaveLength(1);
  });

  it('finds no fitting division when a name stands in the wrong part', () => {
    const lookup = lookUp({ province: '清丰县' }).province!;
    expect(lookup.named.length).toBeGreaterThan(0);
    expect(lookup.fitting).toEqual([]);
  });

  it('skips placeholders and empty parts, and reads Traditional script', () => {
    expect(lookUp({ province: '河南省', city: 'XX市', county: '  ' })).toEqual({
      province: expect.objectContaining({ name: '河南省' }),
    });
    expect(lookUp({ county: '清豐縣' }).county!.fitting.map((division) => division.name)).toEqual(['清丰县']);
  });
});

describe('placing divisions inside others', () => {
  it('counts a division as within itself, its city and its province', () => {
    const county = only('清丰县');
    expect(within(county, county)).toBe(true);
    expect(within(county, only('濮阳市'))).toBe(true);
    expect(within(county, only('河南省'))).toBe(true);
    expect(within(county, only('湖南省'))).toBe(false);
    expect(within(only('河南省'), county)).toBe(false);
  });

  it('narrows a shared name to the one inside the containers', () => {
    const chaoyang = divisionsNamed('朝阳区');
    expect(chaoyang.length).toBeGreaterThan(1);
    expect(narrow(chaoyang, [only('北京市')]).map((division) => division.code)).toEqual(
      chaoyang.filter((division) => within(division, only('北京市'))).map((division) => division.code),
    );
    expect(narrow(chaoyang, [only('北京市')])).toHaveLength(1);
  });

  it('keeps every division when there is no container or none is inside it', () => {
    const chaoyang = divisionsNamed('朝阳区');
    expect(narrow(chaoyang, [])).toBe(chaoyang);
    expect(narrow(chaoyang, [only('河南省')])).toBe(chaoyang);
  });
});
