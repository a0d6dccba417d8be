import { describe, expect, it } from 'vitest';
import { importCatalogue } from '../../../src/lib/importer/catalogue.ts';
import { tagChrome } from '../../../src/lib/importer/chrome-pass.ts';

const numbered = (lines: string[]) => lines.map((text, index) => ({ no: index + 1, text }));
const prose = '全县教育系统认真贯彻落实上级部署，扎实推进各项工作，教育质量稳步提升，群众满意度不断提高。';
const rules = (lines: string[], sites: string[] = []) =>
  tagChrome(numbered(lines), importCatalogue(), sites).lines.map((line) => line.rule);

describe('marking the chrome of a page', () => {
  it('marks everything from a reading-list marker when only short lines follow', () => {
    expect(rules([prose, '推荐阅读:', '学校工作总结（通用5篇）', '相关文章', '猜你喜欢', '换一换'])).toEqual([
      undefined,
      'tail',
      'tail',
      'tail',
      'tail',
      'buttons',
    ]);
  });

  it('marks a reading list of teasers once most of the report text lies above it', () => {
    const teaser = '本文总结了学校一年来的工作，内容包括教学管理、师资建设和校园安全等方面，成效明显。';
    const lines = [
      ...Array(12).fill(prose),
      '相关文章',
      '某某中学2020年工作总结',
      teaser,
      '某某小学2021年工作计划',
      teaser,
    ];
    expect(rules(lines).slice(12)).toEqual(['tail', 'tail', 'tail', 'tail', 'tail']);
  });

  it('keeps report text that follows a stray reading-list marker, dropping only the marker', () => {
    expect(rules(['相关文章', prose.repeat(2)])).toEqual(['related-block', undefined]);
  });

  it('marks a block of related cards in the middle of a page, up to where the report goes on', () => {
    const lines = [
      prose,
      '相关推荐',
      '▌乡镇中心校新学年工作安排',
      '中心校新学年工作安排，紧紧围绕提高教育教学质量这一中心。',
      '1.3万人看过',
      '2.提升保教质量',
      prose.repeat(2),
    ];
    expect(rules(lines)).toEqual([
      undefined,
      'related-block',
      'card',
      'related-block',
      'counter',
      undefined,
      undefined,
    ]);
  });

  it('marks short lines the page repeats three times, but not a repeated title', () => {
    expect(rules(['好学文档 学习好帮手', prose, '好学文档 学习好帮手', prose, '好学文档 学习好帮手'])).toEqual([
      'repeated-line',
      undefined,
      'repeated-line',
      undefined,
      'repeated-line',
    ]);
    expect(rules(['清丰县教育局工作总结', '清丰县教育局工作总结', '清丰县教育局工作总结', prose])).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('cuts a paywall cut-off out of the last report line and marks what follows', () => {
    const result = tagChrome(
      numbered([prose, `${prose}………全文共3514字`, '1、本站所有文档均由用户上传，收益归属内容提供方。', '下载文档']),
      importCatalogue(),
      [],
    );
    expect(result.lines.map((line) => line.rule)).toEqual([undefined, undefined, 'copyright-notice', 'page-meta']);
    expect(result.lines[1]!.text).toBe(prose);
    expect(result.removals).toEqual([{ line: 2, text: '………全文共3514字', rule: 'cut-off' }]);
  });

  it('keeps a preview marker when the full text follows it', () => {
    expect(rules([prose, '展开全文', prose, prose, prose])).toEqual([
      undefined,
      'paywall',
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('marks the site name standing alone', () => {
    expect(rules(['好学文档网', prose], ['好学文档网'])).toEqual(['site-name', undefined]);
  });

  it('takes a short line the page repeats framed in ornaments for a watermark', () => {
    expect(rules([prose, '——景泰教育发布——', prose, '——景泰教育发布——', prose])).toEqual([
      undefined,
      'repeated-line',
      undefined,
      'repeated-line',
      undefined,
    ]);
  });

  it('starts the tail at the page title with a reading-list marker after it', () => {
    expect(
      rules([prose, '臨朐縣教育局2017年工作計劃篇1相關文章：', '1.縣教育局2017年工作計劃', '2.教育局2017年工作要點']),
    ).toEqual([undefined, 'tail', 'tail', 'tail']);
  });

  it('takes a line repeated right after the page numbers for a running header', () => {
    const header = '郯城县人大常委会会议材料                              （十二）';
    expect(rules([prose, '- 1 -', header, prose, '- 2 -', header, prose])).toEqual([
      undefined,
      'page-number',
      'repeated-line',
      undefined,
      'page-number',
      'repeated-line',
      undefined,
    ]);
  });

  it('takes a footer that the page numbers for a running footer, even when it reads like a title', () => {
    const footer = (page: number) => `凌云县教育局｜2021年上半年工作汇报　　　　${page}`;
    expect(rules([prose, footer(3), prose, footer(4), prose])).toEqual([
      undefined,
      'repeated-line',
      undefined,
      'repeated-line',
      undefined,
    ]);
  });

  it('takes the entries under 目录 that the text repeats as headings, numbered their own way', () => {
    const lines = [
      '目　录',
      'CONTENTS',
      '01　上半年主要工作',
      '02　存在的困难和问题',
      '一、上半年主要工作',
      prose,
      '二、存在的困难和问题',
      prose,
    ];
    expect(rules(lines).slice(0, 5)).toEqual([
      'table-of-contents',
      'foreign-chrome',
      'table-of-contents',
      'table-of-contents',
      undefined,
    ]);
  });

  it('keeps an ellipsis that stands for speeches left out of a 主持词, however often it comes', () => {
    expect(rules([prose, '……', prose, '……', prose, '……'])).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
