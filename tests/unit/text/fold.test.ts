import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/lib/text/fold.ts';

describe('foldText', () => {
  it('maps Traditional characters to Simplified', () => {
    expect(foldText('教師隊伍建設')).toBe('教师队伍建设');
    expect(foldText('學校資訊化')).toBe('学校资讯化');
  });

  it('folds Taiwan and Hong Kong variant forms too', () => {
    expect(foldText('裡')).toBe(foldText('裏'));
    expect(foldText('為')).toBe('为');
    expect(foldText('著')).toBe(foldText('着'));
  });

  it('leaves Simplified text as it is', () => {
    const text = '义务教育均衡发展是教育公平的根本要求。';
    expect(foldText(text)).toBe(text);
  });

  it('never changes the length, so offsets map back to the original', () => {
    const samples = ['靖遠縣教育局2020年工作報告', 'ＡＢＣ１２３，（一）', '𠵾㗲 mixed 文字'];
    for (const sample of samples) expect(foldText(sample)).toHaveLength(sample.length);
  });

  it('turns full-width letters, digits and punctuation into lowercase ASCII', () => {
    expect(foldText('ＧＰＳ定位２０２０年（一）')).toBe('gps定位2020年(一)');
    expect(foldText('GPS')).toBe('gps');
  });

  it('does not apply phrase conversions that would change the words', () => {
    expect(foldText('大學聯考')).toBe('大学联考');
    expect(foldText('網際網路')).toBe('网际网路');
  });
});
