import { describe, expect, it } from 'vitest';
import { shortNamesOf } from '../../../src/lib/places/short-names.ts';

describe('short names', () => {
  it.each([
    ['清丰县', ['清丰']],
    ['津市市', ['津市']],
    ['河南省', ['河南']],
    ['北京市', ['北京']],
    ['达拉特旗', ['达拉特']],
    ['锡林郭勒盟', ['锡林郭勒']],
    ['阿克苏地区', ['阿克苏']],
    ['香港特别行政区', ['香港']],
    ['广西壮族自治区', ['广西']],
    ['新疆维吾尔自治区', ['新疆']],
    ['内蒙古自治区', ['内蒙古']],
    ['西藏自治区', ['西藏']],
    ['湘西土家族苗族自治州', ['湘西']],
    ['巴音郭楞蒙古自治州', ['巴音郭楞']],
    ['龙胜各族自治县', ['龙胜']],
    ['积石山保安族东乡族撒拉族自治县', ['积石山']],
    ['鄂温克族自治旗', ['鄂温克']],
    ['鄂伦春自治旗', ['鄂伦春']],
  ])('%s → %j', (name, shorts) => {
    expect(shortNamesOf(name)).toEqual(shorts);
  });

  it('keeps both readings of 林区 and 特区', () => {
    expect(shortNamesOf('神农架林区')).toEqual(['神农架林', '神农架']);
    expect(shortNamesOf('万柏林区')).toEqual(['万柏林', '万柏']);
    expect(shortNamesOf('六枝特区')).toEqual(['六枝特', '六枝']);
  });

  it('gives none shorter than two characters, nor for other endings', () => {
    for (const name of ['范县', '城区', '矿区', '芒市', '西沙群岛', '乌拉盖管委会'])
      expect(shortNamesOf(name)).toEqual([]);
  });
});
