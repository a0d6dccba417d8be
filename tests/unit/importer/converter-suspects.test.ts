import { describe, expect, it } from 'vitest';
import { findConverterSuspects } from '../../../src/lib/importer/converter-suspects.ts';

describe('spots a converter probably damaged', () => {
  it('lists each suspicious word with the likely original, count and paragraphs', () => {
    const paragraphs = [
      '按照指导原那么推进。',
      '提供优质效劳，全国根底教育论坛。',
      '中国小教师交流，中国小校舍改造。',
      '推动教育事业科学开展。',
    ];
    expect(findConverterSuspects(paragraphs, 'zh-Hans')).toEqual([
      { found: '中国小', likely: '中小学', count: 2, paragraphs: [2] },
      { found: '原那么', likely: '原则', count: 1, paragraphs: [0] },
      { found: '效劳', likely: '服务', count: 1, paragraphs: [1] },
      { found: '根底', likely: '基础', count: 1, paragraphs: [1] },
      { found: '开展', likely: '发展', count: 1, paragraphs: [3] },
    ]);
  });

  it('finds Traditional copies converted with Taiwan phrases', () => {
    const found = findConverterSuspects(['中國小校長論壇，大學聯考，資訊化建設，網際網路+教育。'], 'zh-Hant').map(
      (warning) => warning.found,
    );
    expect(found).toEqual(expect.arrayContaining(['中國小', '大學聯考', '資訊', '網際網路']));
  });

  it('leaves ordinary uses alone', () => {
    expect(
      findConverterSuspects(['扎实开展工作，开展活动，全面开展安全检查，根本任务是立德树人。'], 'zh-Hans'),
    ).toEqual([]);
    expect(findConverterSuspects(['國小與國中'], 'zh-Hant')).toEqual([]);
  });
});
