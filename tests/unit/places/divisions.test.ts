import { describe, expect, it } from 'vitest';
import {
  ancestorsOf,
  divisionsByShortName,
  divisionsNamed,
  regionOfDivision,
  type Division,
} from '../../../src/lib/places/divisions.ts';

const codes = (divisions: readonly Division[]) => divisions.map((division) => division.code);
const only = (name: string) => {
  const [division, ...others] = divisionsNamed(name);
  expect(others).toEqual([]);
  return division!;
};

describe('divisions by full name', () => {
  it('finds a county with its code, level and parent', () => {
    expect(divisionsNamed('清丰县')).toEqual([
      { code: '410922', name: '清丰县', level: 'county', parentCode: '410900' },
    ]);
    expect(divisionsNamed('濮阳市')).toEqual([{ code: '410900', name: '濮阳市', level: 'city', parentCode: '410000' }]);
    expect(divisionsNamed('河南省')).toEqual([{ code: '410000', name: '河南省', level: 'province' }]);
  });

  it('gives every division of a shared name, in code order', () => {
    expect(codes(divisionsNamed('朝阳区'))).toEqual(['110105', '220104']);
    expect(codes(divisionsNamed('新华区'))).toEqual(['130105', '130902', '410402']);
  });

  it('accepts Traditional script and stray spaces', () => {
    expect(codes(divisionsNamed('靖遠縣'))).toEqual(['620421']);
    expect(codes(divisionsNamed(' 廣東省 '))).toEqual(['440000']);
  });

  it('has the 34 province-level divisions, Hong Kong, Macao and Taiwan included', () => {
    for (const name of [
      '北京市',
      '重庆市',
      '广西壮族自治区',
      '新疆维吾尔自治区',
      '香港特别行政区',
      '澳门特别行政区',
      '台湾省',
    ]) {
      expect(only(name).level).toBe('province');
    }
  });

  it('keeps names abolished in recent years beside their successors', () => {
    expect(codes(divisionsNamed('下城区'))).toEqual(['330103']);
    expect(codes(divisionsNamed('临平区'))).toEqual(['330113']);
  });

  it('leaves out the placeholder nodes of the tree', () => {
    expect(divisionsNamed('市辖区')).toEqual([]);
    expect(divisionsNamed('湖北省-自治区直辖县级行政区划')).toEqual([]);
  });

  it('knows nothing of invented names', () => {
    expect(divisionsNamed('北城市')).toEqual([]);
    expect(divisionsNamed('')).toEqual([]);
  });
});

describe('divisions by short name', () => {
  it('finds the division a text means by 清丰 or 津市', () => {
    expect(codes(divisionsByShortName('清丰'))).toEqual(['410922']);
    expect(codes(divisionsByShortName('津市'))).toEqual(['430781']);
    expect(codes(divisionsByShortName('北京'))).toEqual(['110000']);
  });

  it('drops the nationalities of autonomous divisions', () => {
    expect(codes(divisionsByShortName('广西'))).toEqual(['450000']);
    expect(codes(divisionsByShortName('积石山'))).toEqual([only('积石山保安族东乡族撒拉族自治县').code]);
  });

  it('gives every division of that short name, whatever its level', () => {
    expect(divisionsByShortName('恩施').map((division) => division.name)).toEqual(['恩施土家族苗族自治州', '恩施市']);
    expect(divisionsByShortName('河南').map((division) => division.name)).toEqual(['河南省', '河南蒙古族自治县']);
  });

  it('accepts Traditional script', () => {
    expect(codes(divisionsByShortName('靖遠'))).toEqual(['620421']);
  });

  it('has no one-character short names', () => {
    expect(divisionsByShortName('城')).toEqual([]);
    expect(divisionsByShortName('范')).toEqual([]);
  });
});

describe('ancestors', () => {
  it('are the province, then the city', () => {
    expect(ancestorsOf('410922').map((division) => division.name)).toEqual(['河南省', '濮阳市']);
    expect(ancestorsOf('410900').map((division) => division.name)).toEqual(['河南省']);
    expect(ancestorsOf('410000')).toEqual([]);
  });

  it('are the province alone where no city comes between', () => {
    expect(ancestorsOf(only('海淀区').code).map((division) => division.name)).toEqual(['北京市']);
    expect(ancestorsOf(only('仙桃市').code).map((division) => division.name)).toEqual(['湖北省']);
  });

  it('are none for an unknown code', () => {
    expect(ancestorsOf('999999')).toEqual([]);
  });
});

describe('a division as a region', () => {
  it('names province, city and county in full', () => {
    expect(regionOfDivision(only('清丰县'))).toEqual({ province: '河南省', city: '濮阳市', county: '清丰县' });
    expect(regionOfDivision(only('濮阳市'))).toEqual({ province: '河南省', city: '濮阳市' });
    expect(regionOfDivision(only('河南省'))).toEqual({ province: '河南省' });
  });

  it('has no city for a municipality district or a county-level unit the province governs', () => {
    expect(regionOfDivision(only('海淀区'))).toEqual({ province: '北京市', county: '海淀区' });
    expect(regionOfDivision(only('石柱土家族自治县'))).toEqual({ province: '重庆市', county: '石柱土家族自治县' });
    expect(regionOfDivision(only('仙桃市'))).toEqual({ province: '湖北省', county: '仙桃市' });
  });

  it('has no county for a city without counties', () => {
    expect(regionOfDivision(only('东莞市'))).toEqual({ province: '广东省', city: '东莞市' });
  });
});
