import { describe, expect, it } from 'vitest';
import { importCatalogue } from '../../../src/lib/importer/catalogue.ts';
import { removeWatermarks, watermarkPhrases } from '../../../src/lib/importer/watermarks.ts';

const numbered = (lines: string[]) => lines.map((text, index) => ({ no: index + 1, text }));
const catalogue = importCatalogue();
const sentence = '全县新建校舍12所，改造薄弱学校8所。';
const cleaned = (lines: string[], phrases: string[] = []) => removeWatermarks(numbered(lines), phrases, catalogue);

describe('phrases a site splices into sentences', () => {
  // The catalogue's spam is always there; these tests look at what a page adds to it.
  const fromPage = (siteNames: string[], repeated: string[]) =>
    watermarkPhrases(siteNames, repeated, catalogue).filter((phrase) => !catalogue.inlineSpam.includes(phrase));

  it('takes site names of three characters or more, and addresses of any length', () => {
    expect(fromPage(['好文网', '文网', 'a.cn'], [])).toEqual(['a.cn', '好文网']);
  });

  it('takes repeated lines of four characters or more, longest first', () => {
    // Longest first, so a slogan that contains the site name goes whole before the name alone.
    expect(fromPage(['好文网'], ['学习好', '好文网学习帮手', '海量资料尽在好文网'])).toEqual([
      '海量资料尽在好文网',
      '好文网学习帮手',
      '好文网',
    ]);
  });

  it('never takes a bureau name or a document word, which a report itself writes', () => {
    expect(fromPage(['工作总结网'], ['清丰县教育局', '教育局工作计划'])).toEqual([]);
  });

  it('always includes the catalogue spam', () => {
    expect(watermarkPhrases([], [], catalogue)).toEqual(expect.arrayContaining([...catalogue.inlineSpam]));
  });

  it('leaves a 公众号 name that reads like report wording inside sentences', () => {
    expect(fromPage(['沛县教育', '某某范文网'], [])).toEqual(['某某范文网']);
  });
});

describe('cutting watermarks out of lines', () => {
  it('cuts a site name out of a sentence with the spaces around it', () => {
    expect(cleaned(['全县新建校舍12所， 好文网 改造薄弱学校8所。'], ['好文网'])).toEqual({
      lines: [{ no: 1, text: sentence }],
      removals: [{ line: 1, text: '好文网', rule: 'watermark' }],
    });
    expect(cleaned(['全县新建校舍12所，\u3000好文网\u3000改造薄弱学校8所。'], ['好文网']).lines).toEqual([
      { no: 1, text: sentence },
    ]);
  });

  it('takes the brackets and the 整理 of a bracketed watermark with it', () => {
    expect(cleaned(['全县新建校舍12所，【好文网整理】改造薄弱学校8所。'], ['好文网'])).toEqual({
      lines: [{ no: 1, text: sentence }],
      removals: [{ line: 1, text: '【好文网整理】', rule: 'watermark' }],
    });
    expect(cleaned(['全县新建校舍12所，(好文网)改造薄弱学校8所。'], ['好文网']).removals).toEqual([
      { line: 1, text: '(好文网)', rule: 'watermark' },
    ]);
  });

  it('reports every cut, with its line', () => {
    const result = cleaned(
      ['全县新建校舍12所。', 'www.hwd.example.com改造薄弱学校8所。好文网'],
      ['www.hwd.example.com', '好文网'],
    );
    expect(result.lines).toEqual([
      { no: 1, text: '全县新建校舍12所。' },
      { no: 2, text: '改造薄弱学校8所。' },
    ]);
    expect(result.removals).toEqual([
      { line: 2, text: 'www.hwd.example.com', rule: 'watermark' },
      { line: 2, text: '好文网', rule: 'watermark' },
    ]);
  });

  it('cuts a slogan that holds the site name whole, not just the name', () => {
    const phrases = watermarkPhrases(['好文网'], ['海量资料尽在好文网'], catalogue);
    expect(cleaned(['全县新建校舍12所，海量资料尽在好文网改造薄弱学校8所。'], phrases)).toEqual({
      lines: [{ no: 1, text: sentence }],
      removals: [{ line: 1, text: '海量资料尽在好文网', rule: 'watermark' }],
    });
  });

  it('matches an address literally, not its dots as wildcards', () => {
    expect(cleaned(['全县新建校舍12所，wwwahwd改造。'], ['www.hwd']).removals).toEqual([]);
  });

  it('drops a line that was nothing but a watermark', () => {
    expect(cleaned(['好文网', sentence], ['好文网'])).toEqual({
      lines: [{ no: 2, text: sentence }],
      removals: [{ line: 1, text: '好文网', rule: 'watermark' }],
    });
  });

  it('cuts the catalogue spam', () => {
    expect(cleaned(['全县新建校舍12所，厂家直销改造薄弱学校8所。'], watermarkPhrases([], [], catalogue))).toEqual({
      lines: [{ no: 1, text: sentence }],
      removals: [{ line: 1, text: '厂家直销', rule: 'watermark' }],
    });
  });

  it.each([
    ['全县新建校舍12所，（本文来源：好文网）改造薄弱学校8所。', '（本文来源：好文网）'],
    ['全县新建校舍12所，改造薄弱学校8所。本文来源于好文网', '本文来源于好文网'],
    ['全县新建校舍12所，【更多范文请关注公众号】改造薄弱学校8所。', '【更多范文请关注公众号】'],
    [
      '全县新建校舍12所，（更多内容请访问：www.hwd.example.com）改造薄弱学校8所。',
      '（更多内容请访问：www.hwd.example.com）',
    ],
  ])('cuts the attribution in %s whole, with no site name known', (line, attribution) => {
    expect(cleaned([line])).toEqual({
      lines: [{ no: 1, text: sentence }],
      removals: [{ line: 1, text: attribution, rule: 'watermark' }],
    });
  });

  it('leaves a line without watermarks as it was', () => {
    expect(cleaned(['清丰县教育局召开全县教育工作会议（2021年2月5日）。'], ['好文网'])).toEqual({
      lines: [{ no: 1, text: '清丰县教育局召开全县教育工作会议（2021年2月5日）。' }],
      removals: [],
    });
  });

  it('finds watermarks and spam in Traditional text by their Simplified form', () => {
    const result = cleaned(
      [
        '聚焦重點、【台北搬家公司推薦 免費到府估價0800-778-520】補齊短板，工作取得新進展。',
        '辦好人民滿意的教育。（知行範文館 www.zhixingfw.tw）',
      ],
      ['知行范文馆'],
    );
    expect(result.lines.map((line) => line.text)).toEqual([
      '聚焦重點、補齊短板，工作取得新進展。',
      '辦好人民滿意的教育。',
    ]);
    expect(result.removals.map((removal) => removal.text)).toEqual([
      '【台北搬家公司推薦 免費到府估價0800-778-520】',
      '（知行範文館 www.zhixingfw.tw）',
    ]);
  });

  it('takes the slogan after the site name with it', () => {
    const result = cleaned([sentence, '稠州新闻网 · 记录义乌每一天'], ['稠州新闻网']);
    expect(result.lines.map((line) => line.text)).toEqual([sentence]);
    expect(result.removals.map((removal) => removal.text)).toEqual(['稠州新闻网', '· 记录义乌每一天']);
  });
});
