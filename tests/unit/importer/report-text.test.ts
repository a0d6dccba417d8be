import { describe, expect, it } from 'vitest';
import { importCatalogue } from '../../../src/lib/importer/catalogue.ts';
import type { TaggedLine } from '../../../src/lib/importer/chrome-pass.ts';
import type { Removal } from '../../../src/lib/importer/removals.ts';
import { reportText } from '../../../src/lib/importer/report-text.ts';

const catalogue = importCatalogue();
const title = '清丰县教育局2020年工作总结';

function textOf(lines: string[], options: { head?: TaggedLine[]; extra?: string[]; markerTitle?: string } = {}) {
  const removals: Removal[] = [];
  const notes: string[] = [];
  const part = {
    lines: lines.map((text, index) => ({ no: index + 1, text })),
    ...(options.markerTitle === undefined ? {} : { markerTitle: options.markerTitle }),
  };
  const result = reportText(part, options.head ?? [], options.extra ?? [], catalogue, removals, notes);
  return { result, removals, notes };
}

describe('one report’s title and text', () => {
  it('takes the title from the report’s first lines and leaves what stood above it out of the text', () => {
    const { result, removals } = textOf([
      '发布时间：2021-01-05 浏览次数：120',
      title,
      '2020年，我局认真落实各项工作。',
    ]);
    expect(result).toEqual({
      title,
      body: ['2020年，我局认真落实各项工作。'],
      sure: true,
      surroundings: '发布时间：2021-01-05 浏览次数：120',
    });
    expect(removals).toEqual([{ line: 1, text: '发布时间：2021-01-05 浏览次数：120', rule: 'outside-body' }]);
  });

  it('removes copies of the title and headings repeated as continued', () => {
    const { result, removals } = textOf([
      title,
      '一、主要工作',
      '全县教师培训。',
      title,
      '一、主要工作（续）',
      '新建校舍。',
    ]);
    expect(result!.body).toEqual(['一、主要工作', '全县教师培训。', '新建校舍。']);
    expect(removals).toEqual([
      { line: 4, text: title, rule: 'repeated-title' },
      { line: 5, text: '一、主要工作（续）', rule: 'repeated-title' },
    ]);
  });

  it('removes a teaser that repeats the opening of a later paragraph', () => {
    const teaser = '2020年，我局认真落实各项工作，全面提高教育教学质量…';
    const full = '2020年，我局认真落实各项工作，全面提高教育教学质量，取得了显著成绩。';
    const { result, removals } = textOf([teaser, full], { extra: [title] });
    expect(result).toMatchObject({ title, body: [full], sure: true });
    expect(removals).toEqual([{ line: 1, text: teaser, rule: 'teaser' }]);
  });

  it('closes the spaces around numbers and says how many', () => {
    const { result, notes } = textOf([title, '2020 年，全县教师培训 120 人。']);
    expect(result!.body).toEqual(['2020年，全县教师培训120人。']);
    expect(notes).toEqual(['去掉了数字两边的 3 处空格（如“2021 年”）']);
  });

  it('takes a collection marker’s title when it reads like one', () => {
    const { result } = textOf(['全县教师培训。'], { markerTitle: title });
    expect(result).toMatchObject({ title, body: ['全县教师培训。'], sure: true });
  });

  it('says it is unsure when nothing reads like a title', () => {
    expect(textOf(['正文第一段。', '正文第二段。']).result).toEqual({
      title: '未命名报告',
      body: ['正文第一段。', '正文第二段。'],
      sure: false,
      surroundings: '',
    });
  });

  it('gives nothing when no text is left besides the title', () => {
    expect(textOf([title]).result).toBeUndefined();
  });
});
