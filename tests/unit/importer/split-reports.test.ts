import { describe, expect, it } from 'vitest';
import { importCatalogue } from '../../../src/lib/importer/catalogue.ts';
import { findMarkers, markerTitle, splitReports } from '../../../src/lib/importer/split-reports.ts';

const catalogue = importCatalogue();
const numbered = (lines: string[]) => lines.map((text, index) => ({ no: index + 1, text }));

describe('pages holding several reports', () => {
  it.each([
    ['【第1篇】高中教学水平评估总结会上的讲话', '高中教学水平评估总结会上的讲话'],
    ['【第 12 篇】教育局工作总结', '教育局工作总结'],
    ['【篇一】教育局年终工作总结', '教育局年终工作总结'],
    ['【篇二】', ''],
    ['篇三：县教育局工作计划', '县教育局工作计划'],
    ['篇二', ''],
    ['范文一：学校安全工作总结', '学校安全工作总结'],
    ['范文2 教育局述职报告', '教育局述职报告'],
    ['第三篇：教育局年终总结', '教育局年终总结'],
    ['[第2篇]教育工作要点', '教育工作要点'],
    ['（篇四）教育局工作报告', '教育局工作报告'],
    ['〖第1篇〗雷州市教育局2022年工作计划', '雷州市教育局2022年工作计划'],
    ['教育局工作计划范文（热门2篇）第2篇', ''],
    ['计划一苍南县教育局2014年工作要点', '苍南县教育局2014年工作要点'],
    ['计划二', ''],
    ['计划三：xx区教育局20xx年工作计划', 'xx区教育局20xx年工作计划'],
  ])('reads the marker %s', (line, title) => {
    expect(markerTitle(line, catalogue)).toBe(title);
  });

  it.each([
    '第一，要提高认识。',
    '一篇好的总结',
    '篇幅所限，不再赘述。',
    '范文网',
    '总结一下今年的工作。',
    '计划二〇二〇年完成改造。',
  ])('does not mistake %s for a marker', (line) => {
    expect(markerTitle(line, catalogue)).toBeUndefined();
  });

  it('splits at every marker; what comes before the first marker is a part of its own', () => {
    const lines = numbered(['合集（3篇）', '导语', '【篇一】甲', '正文甲', '【篇二】', '乙', '正文乙']);
    const parts = splitReports(lines, catalogue, findMarkers(lines, catalogue));
    expect(
      parts.map((part) => ({ markerTitle: part.markerTitle, lines: part.lines.map((line) => line.text) })),
    ).toEqual([
      { markerTitle: undefined, lines: ['合集（3篇）', '导语'] },
      { markerTitle: '甲', lines: ['正文甲'] },
      { markerTitle: '', lines: ['乙', '正文乙'] },
    ]);
    expect(parts[1]!.lines[0]!.no).toBe(4);
  });

  it('leaves a page without markers whole', () => {
    const lines = numbered(['标题', '正文']);
    expect(splitReports(lines, catalogue, findMarkers(lines, catalogue))).toEqual([{ lines }]);
  });

  it('reads the numbered stems a page makes its own markers of, when they run 1, 2, 3 in order', () => {
    const lines = numbered([
      '教育局长讲话稿精选3篇',
      '▶ 讲话稿（一）',
      '在开学工作会议上的讲话',
      '正文。',
      '▶ 讲话稿（二）',
      '在教师节大会上的致辞',
      '〓范文一〓霍山县教育局2020年工作计划',
      '〓范文二〓',
    ]);
    expect([...findMarkers(lines, catalogue)]).toEqual([
      ['▶ 讲话稿（一）', ''],
      ['▶ 讲话稿（二）', ''],
      ['〓范文一〓霍山县教育局2020年工作计划', '霍山县教育局2020年工作计划'],
      ['〓范文二〓', ''],
    ]);
  });

  it('does not take numbered chrome or a broken sequence for markers', () => {
    const lines = numbered([
      '幻灯片 1',
      '幻灯片 2',
      '第 1 页 共 2 页',
      '第 2 页 共 2 页',
      '讲话稿（一）',
      '讲话稿（三）',
      '新增学位1.',
      '新增学位2.',
    ]);
    expect([...findMarkers(lines, catalogue)]).toEqual([]);
  });
});
