import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCatalogue, readCatalogue } from '../../../src/lib/importer/catalogue.ts';
import { cleanTitle, scoreTitle } from '../../../src/lib/importer/title.ts';

describe('titles', () => {
  it.each([
    ['教育局年终工作总结范文(通用3篇)', '教育局年终工作总结'],
    ['教育局领导总结多篇', '教育局领导总结'],
    ['县教育局工作计划范本', '县教育局工作计划'],
    ['教育局工作总结范文稿', '教育局工作总结'],
    ['教育局工作总结合集', '教育局工作总结'],
    ['教育局工作总结精选', '教育局工作总结'],
    ['2023年教育局工作总结（精选13篇）', '2023年教育局工作总结'],
    ['教育局述职报告【推荐】', '教育局述职报告'],
    ['【推荐】教育局述职报告', '教育局述职报告'],
    ['南岭县教育局2019年工作总结_某某文库', '南岭县教育局2019年工作总结'],
    ['清溪县教育局2021年工作总结范文 - 范文宝', '清溪县教育局2021年工作总结'],
    ['教育科技局工作总结', '教育科技局工作总结'],
    ['在全县教育工作会议上的讲话：', '在全县教育工作会议上的讲话'],
    ['Microsoft Word - 南湖区教育局2016年工作总结.docx', '南湖区教育局2016年工作总结'],
    ['县教育局工作计划.doc', '县教育局工作计划'],
    ['清丰县教育局2020年工作总结（范文3篇）', '清丰县教育局2020年工作总结'],
    ['教育局工作总结【精选5篇】', '教育局工作总结'],
    ['教育局工作总结|好文网', '教育局工作总结'],
    ['教育局工作总结_2', '教育局工作总结'],
    ['★　韶关市教育局2019年工作总结', '韶关市教育局2019年工作总结'],
    ['××县教育局2024年教育工作要点', '××县教育局2024年教育工作要点'],
    ['**县教育局工作总结', '**县教育局工作总结'],
    ['原标题：教育局工作总结', '教育局工作总结'],
    ['•教育局工作总结', '教育局工作总结'],
    ['第2篇：教育局工作总结', '教育局工作总结'],
    ['【篇二】教育局工作总结', '教育局工作总结'],
    ['教育局工作总结篇三', '教育局工作总结'],
    ['教育局工作总结（转载）', '教育局工作总结'],
    ['教育局工作总结(12页珍藏版)', '教育局工作总结'],
    ['教育局工作总结.wps', '教育局工作总结'],
    ['教育局工作总結範文', '教育局工作总結'],
    ['【推荐】教育局工作总结范文（通用3篇）.docx', '教育局工作总结'],
    ['教育局工作总结（二）', '教育局工作总结（二）'],
  ])('%s → %s', (raw, clean) => {
    expect(cleanTitle(raw)).toBe(clean);
  });

  it('removes only the decorations of the catalogue it is given', () => {
    const listed = readCatalogue(
      readFileSync(new URL('../../../src/lib/importer/catalogue.yml', import.meta.url), 'utf8'),
    );
    const own = compileCatalogue({ ...listed, titleDecorations: ['\\s*（内部资料）$'] });
    expect(cleanTitle('教育局工作总结范文（内部资料）', own)).toBe('教育局工作总结范文');
    expect(cleanTitle('教育局工作总结范文（内部资料）')).toBe('教育局工作总结范文（内部资料）');
  });

  it('never cleans a title away entirely', () => {
    expect(cleanTitle('范文')).toBe('范文');
  });
});

describe('scoring a line by the title grammar', () => {
  it('gives a title with place, year and document word the full score', () => {
    expect(scoreTitle('清丰县教育局2020年工作总结')).toEqual({
      title: '清丰县教育局2020年工作总结',
      score: 10,
      parts: { issuer: true, year: true, documentType: true },
    });
  });

  it('counts placeholders and Chinese numerals as place and year', () => {
    expect(scoreTitle('XX县教育局20XX年工作计划')?.score).toBe(10);
    expect(scoreTitle('××县教育局二〇二〇年工作要点')?.score).toBe(10);
  });

  it.each([
    // Ends with a document word 5, year 2, 8–40 characters 1.
    ['2020年工作总结', 8, { issuer: false, year: true, documentType: true }],
    ['关于2020年教育工作情况的报告', 8, { issuer: false, year: true, documentType: true }],
    // Seven characters are too short for the length point, eight are not.
    ['教育局工作总结', 7, { issuer: true, year: false, documentType: true }],
    ['县教育局工作总结', 8, { issuer: true, year: false, documentType: true }],
    // A document word inside the title counts 3, not 5.
    ['2020年教育工作总结与反思', 6, { issuer: false, year: true, documentType: true }],
    // Place only: 2 for the place.
    ['清丰县教育局', 2, { issuer: true, year: false, documentType: false }],
    ['凝心聚力 办好人民满意的教育', 1, { issuer: false, year: false, documentType: false }],
  ])('%s scores %i', (title, score, parts) => {
    expect(scoreTitle(title)).toEqual({ title, score, parts });
  });

  it('reads the document word before a closing bracket', () => {
    expect(scoreTitle('《清丰县教育局2020年工作总结》')?.score).toBe(10);
  });

  it('scores the title without its decorations', () => {
    expect(scoreTitle('清丰县教育局2020年工作总结 - 好文网')).toEqual({
      title: '清丰县教育局2020年工作总结',
      score: 10,
      parts: { issuer: true, year: true, documentType: true },
    });
  });

  it('marks down chrome, collections, numbered headings, subtitles and clauses', () => {
    // Chrome rule −6 and two chrome words −4.
    expect(scoreTitle('点击下载教育局工作总结')?.score).toBe(-2);
    // Collection −4, judged on the raw title before （通用5篇） is cleaned away.
    expect(scoreTitle('学校工作总结（通用5篇）')).toMatchObject({ title: '学校工作总结', score: 1 });
    expect(scoreTitle('教育局工作总结汇总')?.score).toBe(2);
    expect(scoreTitle('一、主要工作及成效')?.score).toBe(-4);
    expect(scoreTitle('——在全县教育工作会议上的讲话')?.score).toBe(1);
    expect(scoreTitle('教育局工作总结，请查收')?.score).toBe(4);
  });

  it('takes a full stop at the end, but not a sentence', () => {
    expect(scoreTitle('清丰县教育局2020年工作总结。')?.title).toBe('清丰县教育局2020年工作总结');
    expect(scoreTitle('全县教育工作稳步推进。各校积极落实')).toBeUndefined();
  });

  it('does not score lines too short, too long or without Chinese', () => {
    expect(scoreTitle('总结')).toBeUndefined();
    expect(scoreTitle(`教育局工作总结${'好'.repeat(54)}`)).toBeUndefined();
    expect(scoreTitle('Annual Report 2020')).toBeUndefined();
  });
});
