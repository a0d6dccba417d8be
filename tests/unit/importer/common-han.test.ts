import { describe, expect, it } from 'vitest';
import { commonHanRatio } from '../../../src/lib/importer/common-han.ts';

const report = '一年来，在县委县政府的正确领导下，我局认真落实教育发展规划，全面提高教育教学质量。';

describe('the share of frequent Chinese characters', () => {
  it('is 0 for text without Chinese characters', () => {
    expect(commonHanRatio('')).toBe(0);
    expect(commonHanRatio('2020 annual report')).toBe(0);
  });

  it('is high for an ordinary report sentence', () => {
    expect(commonHanRatio(report)).toBeGreaterThan(0.8);
  });

  it('counts Traditional characters as their Simplified forms', () => {
    const traditional = '一年來，在縣委縣政府的正確領導下，我局認真落實教育發展規劃，全面提高教育教學質量。';
    expect(commonHanRatio(traditional)).toBeCloseTo(commonHanRatio(report), 5);
  });

  it('is low for UTF-8 text decoded as GBK', () => {
    const garbled = new TextDecoder('gbk').decode(new TextEncoder().encode(report));
    expect(commonHanRatio(garbled)).toBeLessThan(0.5);
  });

  it('ignores punctuation, digits and Latin letters', () => {
    expect(commonHanRatio(`${report}2020 ABC，。！`)).toBe(commonHanRatio(report));
  });

  it('stays between 0 and 1', () => {
    for (const text of ['的', '龘', report, `${report}龘龘龘`]) {
      const ratio = commonHanRatio(text);
      expect(ratio).toBeGreaterThanOrEqual(0);
      expect(ratio).toBeLessThanOrEqual(1);
    }
    expect(commonHanRatio('的')).toBe(1);
    expect(commonHanRatio('龘')).toBe(0);
  });
});
