import { describe, expect, it } from 'vitest';
import { importCatalogue } from '../../../src/lib/importer/catalogue.ts';
import { selectBody } from '../../../src/lib/importer/select-body.ts';
import { findMarkers } from '../../../src/lib/importer/split-reports.ts';

/** Lines numbered from 1; a pair is a line with the chrome rule that marked it. */
const tagged = (lines: (string | [string, string])[]) =>
  lines.map((line, index) =>
    typeof line === 'string' ? { no: index + 1, text: line } : { no: index + 1, text: line[0], rule: line[1] },
  );
const select = (lines: (string | [string, string])[]) =>
  selectBody(tagged(lines), importCatalogue(), findMarkers(tagged(lines), importCatalogue()));
const numbersOf = (lines: { no: number }[]) => lines.map((line) => line.no);

const opening = '一年来，全县教育系统认真贯彻落实上级决策部署，扎实推进教育改革发展，各项工作取得明显成效。';
const funding = '全县共投入资金一点二亿元，新建和改扩建校舍十二所，办学条件得到显著改善，群众满意度不断提高。';
const teachers = '全年招聘新教师一百二十名，组织各级各类培训三千二百人次，教师队伍整体素质明显提升。';

describe('finding the report on a page', () => {
  it('keeps the greeting, the prose and the signature, and leaves the title line above for the title step', () => {
    const page = select([
      ['当前位置：首页 > 公文 > 教育', 'breadcrumb'],
      '清丰县教育局2020年工作总结',
      '同志们：',
      opening,
      funding,
      '清丰县教育局',
      '2020年12月20日',
      ['相关文章', 'tail'],
      ['学校工作总结范文', 'tail'],
    ]);
    expect(page.head).toEqual([
      { no: 1, text: '当前位置：首页 > 公文 > 教育', rule: 'breadcrumb' },
      { no: 2, text: '清丰县教育局2020年工作总结' },
    ]);
    expect(numbersOf(page.body)).toEqual([3, 4, 5, 6, 7]);
    expect(page.removals).toEqual([
      { line: 8, text: '相关文章', rule: 'tail' },
      { line: 9, text: '学校工作总结范文', rule: 'tail' },
    ]);
  });

  it('takes in the short lines above the prose that are not titles: slogan, subtitle, date, greeting', () => {
    const page = select([
      '凝心聚力 办好人民满意的教育',
      '——在全县教育工作会议上的讲话',
      '（2021年2月5日）',
      '同志们：',
      opening,
      funding,
    ]);
    expect(page.head).toEqual([]);
    expect(numbersOf(page.body)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('opens the body with the marker of a collection’s first report, title and all', () => {
    const page = select(['【第1篇】清丰县教育局2020年工作总结', opening, funding]);
    expect(page.head).toEqual([]);
    expect(page.body[0]).toEqual({ no: 1, text: '【第1篇】清丰县教育局2020年工作总结' });
  });

  it('carries the run over chrome between two blocks of prose, reporting the chrome', () => {
    const page = select([opening, funding, ['扫码领取全套资料', 'advert'], teachers, opening]);
    expect(numbersOf(page.body)).toEqual([1, 2, 4, 5]);
    expect(page.removals).toEqual([{ line: 3, text: '扫码领取全套资料', rule: 'advert' }]);
    // An advert is no page break: the next line starts a sentence of its own.
    expect(page.body[2]).toEqual({ no: 4, text: teachers });
  });

  it('marks the line after a page footer, which may continue the sentence the page cut', () => {
    const page = select([opening, ['第2页', 'page-number'], funding]);
    expect(page.body).toEqual([
      { no: 1, text: opening },
      { no: 3, text: funding, afterBreak: true },
    ]);
  });

  it('leaves out a block that a list of links separates from the report', () => {
    const page = select([
      opening,
      funding,
      '热门范文',
      '学校工作总结范文',
      '教师个人工作总结',
      '班主任工作计划',
      '小学德育工作总结',
      '全县共投入资金，新建校舍。',
    ]);
    expect(numbersOf(page.body)).toEqual([1, 2]);
    expect(page.removals).toEqual([
      { line: 3, text: '热门范文', rule: 'outside-body' },
      { line: 4, text: '学校工作总结范文', rule: 'outside-body' },
      { line: 5, text: '教师个人工作总结', rule: 'outside-body' },
      { line: 6, text: '班主任工作计划', rule: 'outside-body' },
      { line: 7, text: '小学德育工作总结', rule: 'outside-body' },
      { line: 8, text: '全县共投入资金，新建校舍。', rule: 'outside-body' },
    ]);
  });

  it('finds a signature below a page footer and the site name', () => {
    const page = select([
      opening,
      ['第3页', 'page-number'],
      '清丰县教育局',
      ['好文网', 'site-name'],
      '2020年12月20日',
      '全县教育系统继续努力奋斗',
    ]);
    expect(page.body).toEqual([
      { no: 1, text: opening },
      { no: 3, text: '清丰县教育局', afterBreak: true },
      { no: 5, text: '2020年12月20日', afterBreak: true },
    ]);
    expect(page.removals).toEqual([
      { line: 2, text: '第3页', rule: 'page-number' },
      { line: 4, text: '好文网', rule: 'site-name' },
      { line: 6, text: '全县教育系统继续努力奋斗', rule: 'outside-body' },
    ]);
  });

  it('takes other signatures: a speaker, a month, a school', () => {
    expect(numbersOf(select([opening, '述职人：张明', '2020年12月']).body)).toEqual([1, 2, 3]);
    expect(numbersOf(select([opening, '某某县第一实验学校']).body)).toEqual([1, 2]);
  });

  it('looks no further than four lines past the prose for a signature', () => {
    const chrome: [string, string][] = [
      ['第3页', 'page-number'],
      ['好文网', 'site-name'],
      ['www.hwd.example.com', 'url'],
      ['Copyright 2021', 'copyright'],
    ];
    expect(numbersOf(select([opening, ...chrome.slice(0, 3), '清丰县教育局']).body)).toEqual([1, 5]);
    expect(numbersOf(select([opening, ...chrome, '清丰县教育局']).body)).toEqual([1]);
  });

  it('stops at the first line after the prose that is not a signature', () => {
    const page = select([opening, '全县教育系统继续努力奋斗', '清丰县教育局']);
    expect(numbersOf(page.body)).toEqual([1]);
    expect(page.removals.map((removal) => removal.line)).toEqual([2, 3]);
  });

  it('reports only the chrome when the page has no report text, and keeps every line for the title step', () => {
    const page = select([
      ['当前位置：首页 > 公文 > 教育', 'breadcrumb'],
      '清丰县教育局2020年工作总结',
      ['Copyright 2021', 'copyright'],
    ]);
    expect(page.body).toEqual([]);
    expect(numbersOf(page.head)).toEqual([1, 2, 3]);
    expect(page.removals).toEqual([
      { line: 1, text: '当前位置：首页 > 公文 > 教育', rule: 'breadcrumb' },
      { line: 3, text: 'Copyright 2021', rule: 'copyright' },
    ]);
  });

  it('ends the body at the signature when only a few lines of the site talking follow it', () => {
    const result = select([
      opening,
      funding,
      teachers,
      '某某县教育局',
      '2020年12月18日',
      '亲，该文档总共4页，全部预览完了，如果喜欢就下载吧！',
      '本文为本站会员主动上传，仅提供信息存储空间。',
    ]);
    expect(numbersOf(result.body)).toEqual([1, 2, 3, 4, 5]);
    expect(result.removals.map((removal) => removal.rule)).toEqual(['after-signature', 'after-signature']);
  });

  it('keeps report text after a signature: a date in the middle is no end', () => {
    const result = select([opening, '某某县教育局', '2020年12月18日', funding, teachers, opening, funding]);
    expect(numbersOf(result.body)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('takes a Traditional signature below the text', () => {
    const result = select([opening, funding, teachers, '述職人：蔣**', '2019年12月26日', ['——————————', 'divider']]);
    expect(numbersOf(result.body)).toEqual([1, 2, 3, 4, 5]);
  });

  it('takes the rest of an attachment list on the way to the signature', () => {
    const result = select([
      opening,
      funding,
      teachers,
      '附件：1.2020年教育事业发展主要指标完成情况',
      '2.2020年教育重点项目建设进展情况',
      '威县教育局',
      '2021年1月15日',
    ]);
    expect(numbersOf(result.body)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
