import { describe, expect, it } from 'vitest';
import { checkRegion } from '../../../src/lib/places/check-region.ts';

describe('checking a region', () => {
  it.each([
    [{ province: '河南省', city: '濮阳市', county: '清丰县' }],
    [{ province: '湖南省', city: '常德市', county: '津市市' }],
    [{ city: '常德市', county: '津市市' }],
    [{ county: '靖遠縣' }],
    [{ province: '河南省', city: '濮陽市', county: '清豐縣' }],
    [{ province: '吉林省', city: '长春市', county: '朝阳区' }],
    [{ province: '北京市', county: '朝阳区' }],
    [{ province: '北京市', city: '北京市', county: '海淀区' }],
    [{ city: '重庆市', county: '石柱土家族自治县' }],
    [{ province: '湖北省', county: '仙桃市' }],
    [{ province: '湖北省', city: '仙桃市' }],
    [{ province: '广东省', city: '东莞市' }],
    [{ province: '浙江省', city: '杭州市', county: '下城区' }],
    [{}],
  ])('accepts %j', (region) => {
    expect(checkRegion(region)).toEqual([]);
  });

  it.each([
    [{ province: '河南省', city: 'XX市', county: 'xx县' }],
    [{ province: '广东省', city: '××市' }],
    [{ city: '**市', county: '＊＊区' }],
    [{ county: 'Ｘ县' }],
  ])('skips placeholders in %j', (region) => {
    expect(checkRegion(region)).toEqual([]);
  });

  it('names a part that is not a known division', () => {
    expect(checkRegion({ city: '北城市' })).toEqual([
      {
        field: 'region.city',
        message: '「北城市」不是已知的行政区划',
        hint: '按国家行政区划代码（GB/T 2260）的全称写，例如 清丰县；原文隐去的地名照录，例如 XX县',
      },
    ]);
  });

  it('suggests the full name for a short one', () => {
    expect(checkRegion({ county: '清丰' })).toEqual([
      { field: 'region.county', message: '「清丰」不是已知的行政区划', hint: '是不是「清丰县」？行政区划要写全称' },
    ]);
    expect(checkRegion({ city: '恩施州' })[0]!.hint).toBe(
      '是不是「恩施土家族苗族自治州」或「恩施市」？行政区划要写全称',
    );
  });

  it('names a county outside its city, and says where it is', () => {
    expect(checkRegion({ province: '湖南省', city: '常德市', county: '清丰县' })).toEqual([
      { field: 'region.county', message: '「清丰县」不属于「常德市」', hint: '清丰县属于河南省濮阳市' },
    ]);
  });

  it('names a county outside its province when no city is given', () => {
    expect(checkRegion({ province: '湖南省', county: '清豐縣' })).toEqual([
      { field: 'region.county', message: '「清豐縣」不属于「湖南省」', hint: '清丰县属于河南省濮阳市' },
    ]);
  });

  it('lists every place of a shared name', () => {
    expect(checkRegion({ city: '濮阳市', county: '朝阳区' })).toEqual([
      { field: 'region.county', message: '「朝阳区」不属于「濮阳市」', hint: '朝阳区属于北京市、吉林省长春市' },
    ]);
  });

  it('names a city outside its province, and checks the county against the city', () => {
    expect(checkRegion({ province: '湖南省', city: '濮阳市', county: '清丰县' })).toEqual([
      { field: 'region.city', message: '「濮阳市」不属于「湖南省」', hint: '濮阳市属于河南省' },
    ]);
    expect(checkRegion({ province: '河北省', city: '北京市' })).toEqual([
      {
        field: 'region.city',
        message: '「北京市」不属于「河北省」',
        hint: '北京市是直辖市，region.province 也应写北京市',
      },
    ]);
  });

  it('names a division written in the wrong part', () => {
    expect(checkRegion({ county: '濮阳市' })).toEqual([
      {
        field: 'region.county',
        message: '「濮阳市」是地级行政区划，应写在 region.city',
        hint: '例如 region: { province: 河南省, city: 濮阳市 }',
      },
    ]);
    expect(checkRegion({ city: '津市市' })).toEqual([
      {
        field: 'region.city',
        message: '「津市市」是县级行政区划，应写在 region.county',
        hint: '例如 region: { province: 湖南省, city: 常德市, county: 津市市 }',
      },
    ]);
    expect(checkRegion({ province: '濮阳市' })[0]!.message).toBe('「濮阳市」是地级行政区划，应写在 region.city');
  });

  it('does not cascade from an unknown part', () => {
    expect(
      checkRegion({ province: '河南省', city: '北城市', county: '清丰县' }).map((problem) => problem.field),
    ).toEqual(['region.city']);
  });
});
