import { describe, expect, it } from 'vitest';
import { regionSortKey } from '../../../src/lib/places/region-sort-key.ts';

describe('the sort key of a region', () => {
  it('is the code of the most precise part', () => {
    expect(regionSortKey({ province: '河南省' })).toBe('410000');
    expect(regionSortKey({ province: '河南省', city: '濮阳市' })).toBe('410900');
    expect(regionSortKey({ province: '河南省', city: '濮阳市', county: '清丰县' })).toBe('410922');
    expect(regionSortKey({ county: '靖遠縣' })).toBe('620421');
  });

  it('picks the division of a shared name that lies inside the other parts', () => {
    expect(regionSortKey({ city: '长春市', county: '朝阳区' })).toBe('220104');
    expect(regionSortKey({ province: '北京市', county: '朝阳区' })).toBe('110105');
  });

  it('puts an unknown or hidden part after every known one inside the same place', () => {
    const keys = [
      regionSortKey({ province: '河南省', city: '濮阳市', county: '清丰县' }),
      regionSortKey({ province: '河南省', city: '濮阳市', county: 'XX县' }),
      regionSortKey({ province: '河南省', city: '北城市' }),
      regionSortKey({ province: '河南省', city: '濮阳市' }),
      regionSortKey({ province: '湖北省' }),
      regionSortKey({ province: '某省' }),
    ];
    expect(keys).toEqual(['410922', '4109~', '41~', '410900', '420000', '~']);
    expect([...keys].sort()).toEqual(['410900', '410922', '4109~', '41~', '420000', '~']);
  });
});
