import { describe, expect, it } from 'vitest';
import { stripPinyinGlosses } from '../../../src/lib/importer/pinyin-gloss.ts';

describe('pinyin left by converters', () => {
  it('removes readings after characters and words', () => {
    expect(stripPinyinGlosses('講(jiǎng)話(huà)')).toEqual({ text: '講話', removed: 2 });
    expect(stripPinyinGlosses('部署新学期工作(gōng zuò)，确保秩序（zhì xù）平稳')).toEqual({
      text: '部署新学期工作，确保秩序平稳',
      removed: 2,
    });
    expect(stripPinyinGlosses('会(hui4)议')).toEqual({ text: '会议', removed: 1 });
  });

  it('keeps brackets that are part of the text', () => {
    for (const text of ['听课(GPS定位签到)制度', '作业批改(2023版)', '办学(一)', '全县(区)', 'PISA(oecd)', '教育(a)']) {
      expect(stripPinyinGlosses(text)).toEqual({ text, removed: 0 });
    }
  });
});
