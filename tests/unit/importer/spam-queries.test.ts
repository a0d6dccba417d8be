import { describe, expect, it } from 'vitest';
import { importCatalogue } from '../../../src/lib/importer/catalogue.ts';
import { removeAdSentences, removeSpamQueries } from '../../../src/lib/importer/spam-queries.ts';

const numbered = (lines: string[]) => lines.map((text, index) => ({ no: index + 1, text }));
const clean = (lines: string[]) => removeSpamQueries(numbered(lines), importCatalogue());

describe('advertisers’ search phrases spliced into sentences', () => {
  it('are cut from the sentence break before them', () => {
    const result = clean([
      '組織專題學習9次，成都全屋定製哪家好班子成員到聯繫學校講黨課24場次。',
      '深化課堂教學改革，高考志願填報一對一指導加強教師隊伍建設。',
    ]);
    expect(result.lines.map((line) => line.text)).toEqual([
      '組織專題學習9次，班子成員到聯繫學校講黨課24場次。',
      '深化課堂教學改革，加強教師隊伍建設。',
    ]);
    expect(result.removals).toEqual([
      { line: 1, text: '成都全屋定製哪家好', rule: 'spam-query' },
      { line: 2, text: '高考志願填報一對一指導', rule: 'spam-query' },
    ]);
  });

  it('are cut from the place name they open with when no break is near', () => {
    const result = clean(['落实防溺水要求，在危险水域设立成都搬家公司电话警示牌420块。']);
    expect(result.lines[0]!.text).toBe('落实防溺水要求，在危险水域设立警示牌420块。');
  });

  it('leave the text alone when no start can be found, or the words stand alone', () => {
    const text = '全面推进素质教育并认真研究学生成长规律与家长沟通方式的课题研究哪家好的问题不在本文。';
    expect(clean([text]).lines[0]!.text).toBe(text);
    expect(clean(['家长问：哪家好？']).lines[0]!.text).toBe('家长问：哪家好？');
  });

  it('find phrases that open with a place outside the mainland divisions, and take the brand a call to action names', () => {
    const result = clean([
      '選派骨幹教師40名高雄冷氣安裝維修參加國家級培訓。',
      '开展课例研讨武汉婚纱摄影哪家好就选楚天映像活动36次。',
    ]);
    expect(result.lines.map((line) => line.text)).toEqual([
      '選派骨幹教師40名參加國家級培訓。',
      '开展课例研讨活动36次。',
    ]);
  });

  it('drop a short sentence of advertisement glued to either end of a paragraph, never the paragraph itself', () => {
    const result = removeAdSentences(
      numbered([
        '各项指标全部达标。公务员考试历年真题免费领取，加微信即送',
        '加微信领取资料，免费领取。',
        '全县教育工作稳步推进。',
      ]),
      importCatalogue(),
    );
    expect(result.lines.map((line) => line.text)).toEqual([
      '各项指标全部达标。',
      '加微信领取资料，免费领取。',
      '全县教育工作稳步推进。',
    ]);
    expect(result.removals).toEqual([
      { line: 1, text: '公务员考试历年真题免费领取，加微信即送', rule: 'spam-sentence' },
    ]);
  });
});
