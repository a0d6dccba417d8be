import { describe, expect, it } from 'vitest';
import { pinyinSlug, regionSlug } from '../../../src/lib/text/pinyin-slug.ts';

describe('pinyin slugs', () => {
  it('spells Chinese names in lowercase ASCII, Traditional included', () => {
    expect(pinyinSlug('清丰县教育局')).toBe('qingfengxianjiaoyuju');
    expect(pinyinSlug('靖遠縣', '-')).toBe('jing-yuan-xian');
  });

  it('keeps Latin letters and digits and drops punctuation', () => {
    expect(pinyinSlug('XX区2023年')).toBe('xxqu2023nian');
  });

  it('drops administrative suffixes from region slugs', () => {
    expect(regionSlug('河南省')).toBe('henan');
    expect(regionSlug('广西壮族自治区')).toBe('guangxi');
    expect(regionSlug('津市市')).toBe('jinshi');
    expect(regionSlug('市')).toBe('shi');
  });
});
