import { describe, expect, it } from 'vitest';
import { importCatalogue } from '../../../src/lib/importer/catalogue.ts';
import { chooseTitle, stripMetadata, titlesInChrome } from '../../../src/lib/importer/choose-title.ts';

const catalogue = importCatalogue();
/** Lines numbered from 1; a pair is a line with the chrome rule that marked it. */
const tagged = (lines: (string | [string, string])[]) =>
  lines.map((line, index) =>
    typeof line === 'string' ? { no: index + 1, text: line } : { no: index + 1, text: line[0], rule: line[1] },
  );
const choose = (head: (string | [string, string])[], body: string[], extra: string[] = []) =>
  chooseTitle(tagged(head), body, extra, catalogue);

const opening = '一年来，全县教育系统认真贯彻落实上级决策部署，扎实推进教育改革发展，各项工作取得明显成效。';
const fullMarks = { issuer: true, year: true, documentType: true };

describe('choosing the title', () => {
  it('takes a head line that follows the title grammar', () => {
    expect(choose(['清丰县教育局2020年工作总结'], [opening])).toEqual({
      title: '清丰县教育局2020年工作总结',
      score: 10,
      parts: fullMarks,
      headLine: 0,
      sure: true,
    });
  });

  it('makes a slogan a sure title when a speech subtitle follows it', () => {
    const slogan = '凝心聚力 办好人民满意的教育';
    const parts = { issuer: false, year: false, documentType: false };
    expect(choose([], [slogan, '——在全县教育工作会议上的讲话', '同志们：', opening])).toEqual({
      title: slogan,
      score: 9,
      parts,
      bodyLine: 0,
      sure: true,
    });
    expect(choose([slogan], ['——在全县教育工作会议上的讲话', '同志们：', opening])).toEqual({
      title: slogan,
      score: 9,
      parts,
      headLine: 0,
      sure: true,
    });
    // Without the subtitle the slogan has nothing of a title about it.
    expect(choose([slogan], ['同志们：', opening])).toMatchObject({ title: slogan, sure: false });
  });

  it('joins a title wrapped over two lines', () => {
    expect(choose(['清丰县教育局关于2020年全县教育工作', '情况的报告'], [opening])).toMatchObject({
      title: '清丰县教育局关于2020年全县教育工作情况的报告',
      headLine: 1,
      sure: true,
    });
    expect(choose([], ['清丰县教育局关于2020年全县教育工作', '情况的报告', opening])).toMatchObject({
      title: '清丰县教育局关于2020年全县教育工作情况的报告',
      bodyLine: 0,
      span: 2,
      sure: true,
    });
  });

  it('does not join a whole title to the line under it', () => {
    expect(choose(['学校工作总结', '清丰县教育局2020年工作总结'], [opening])).toMatchObject({
      title: '清丰县教育局2020年工作总结',
      headLine: 1,
    });
  });

  it('finds a title glued to 信息公开 metadata', () => {
    const head: [string, string][] = [
      ['索引号：410922/2021-00123 发布机构：清丰县教育局 清丰县教育局2020年工作总结', 'gov-metadata'],
    ];
    expect(choose(head, [opening])).toEqual({
      title: '清丰县教育局2020年工作总结',
      score: 10,
      parts: fullMarks,
      headLine: 0,
      sure: true,
    });
  });

  it('takes a title from a breadcrumb or a file name only when it names a kind of document', () => {
    expect(choose([['当前位置：首页 > 工作总结 > 清丰县教育局2020年工作总结', 'breadcrumb']], [opening])).toMatchObject(
      { title: '清丰县教育局2020年工作总结', headLine: 0 },
    );
    expect(choose([['清丰县教育局2020年工作总结.docx', 'file-info']], [opening])).toMatchObject({
      title: '清丰县教育局2020年工作总结',
      headLine: 0,
    });
    expect(choose([['当前位置：首页 > 信息公开 > 其他文案', 'breadcrumb']], [opening])).toBeUndefined();
  });

  it('never takes a chrome line itself', () => {
    expect(choose([['教育局工作总结范文', 'tail']], [opening])).toBeUndefined();
  });

  // A headline the site wrote loses two points to a title within the text, yet stands when it is the only one.
  it('takes the page title without its site name', () => {
    expect(choose([], [opening], ['清丰县教育局2020年工作总结_好文网'])).toEqual({
      title: '清丰县教育局2020年工作总结',
      score: 8,
      parts: fullMarks,
      site: true,
      sure: true,
    });
  });

  it("prefers the document's own title at the top of the text to a news headline", () => {
    expect(
      choose(
        [],
        ['在庆祝第37个教师节暨先进表彰大会上的致辞', opening],
        ['瑞昌市教育局局长在庆祝第37个教师节大会上的致辞'],
      ),
    ).toMatchObject({ title: '在庆祝第37个教师节暨先进表彰大会上的致辞', bodyLine: 0 });
  });

  it('prefers the candidate nearest the body on a tie', () => {
    expect(choose(['清丰县教育局2020年工作总结'], [opening], ['清丰县教育局2020年工作总结_好文网'])).toMatchObject({
      headLine: 0,
    });
  });

  it('reads the title out of a site headline that strings names around it', () => {
    const choice = choose([], [opening], ['于都县人民政府--信息公开--于都县教育局2021年上半年工作总结']);
    expect(choice).toMatchObject({ title: '于都县教育局2021年上半年工作总结', site: true });
  });

  it('cuts the title off the start of a run-on first line', () => {
    const rest =
      '一年来，全县教育系统认真贯彻落实上级决策部署，扎实推进教育改革发展，各项工作取得明显成效，群众满意度不断提高。';
    expect(choose([], [`清丰县教育局2020年工作总结${rest}`])).toEqual({
      title: '清丰县教育局2020年工作总结',
      score: 10,
      parts: fullMarks,
      bodyLine: 0,
      rest,
      sure: true,
    });
  });

  it('finds nothing on a page of sentences', () => {
    expect(choose([], [opening, opening])).toBeUndefined();
  });

  it('prefers the title the text writes to a headline that puts the speaker before it', () => {
    const choice = choose(
      ['市教育局局长在全市普通高中教育教学质量提升推进会上的讲话'],
      ['在全市普通高中教育教学质量提升推进会上的讲话', '天水市教育局局长', opening],
    );
    expect(choice?.title).toBe('在全市普通高中教育教学质量提升推进会上的讲话');
  });

  it("cuts a speech's title from its speaker glued after it, and a title from 信息公开 fields on its line", () => {
    const speech = choose(
      [
        '西平县教育局局长在全县教育系统安全工作会议上的讲话',
        '在全县教育系统安全工作会议上的讲话县教育局局长 ×××',
        '(2016年3月2日)',
      ],
      [opening],
    );
    expect(speech).toMatchObject({ title: '在全县教育系统安全工作会议上的讲话', rest: '县教育局局长 ×××' });
    const fielded = choose(
      [
        '阳城县人民政府　政府信息公开专栏',
        '阳城县教育局关于全县教育工作情况的报告 索引号: 012790438/2013-00096 发布机构: 阳城县教育局 生成日期: 2013-10-28',
      ],
      [opening],
    );
    expect(fielded?.title).toBe('阳城县教育局关于全县教育工作情况的报告');
  });

  it("takes 在…上的致辞 under a site's masthead as the title, not as the masthead's subtitle", () => {
    const choice = choose(
      ['集美教育　厦门市集美区教育局', '在庆祝第41个教师节暨优秀教师表彰大会上的致辞'],
      ['集美区教育局党组书记、局长', opening],
    );
    expect(choice?.title).toBe('在庆祝第41个教师节暨优秀教师表彰大会上的致辞');
  });

  it('takes the title a site headline strings its own name before, even from a line outside the article', () => {
    const choice = choose(
      [['关于全县学前教育发展情况的报告', 'outside-article']],
      [opening],
      ['光山县教育信息网--关于全县学前教育发展情况的报告'],
    );
    expect(choice?.title).toBe('关于全县学前教育发展情况的报告');
  });
});

describe('titles hidden in chrome lines', () => {
  const hidden = (text: string, rule?: string) =>
    titlesInChrome(rule ? { no: 1, text, rule } : { no: 1, text }, catalogue);

  it('takes what is left of a metadata line, marked or not', () => {
    expect(hidden('索引号：410922/2021-00123 清丰县教育局2020年工作总结', 'gov-metadata')).toEqual([
      '清丰县教育局2020年工作总结',
    ]);
    expect(hidden('发布机构：清丰县教育局 清丰县教育局2020年工作总结')).toEqual(['清丰县教育局2020年工作总结']);
    expect(hidden('索引号：410922/2021-00123 发布机构：清丰县教育局', 'gov-metadata')).toEqual([]);
  });

  it('takes a file name without its bullet, and the last entry of a breadcrumb', () => {
    expect(hidden('• 清丰县教育局2020年工作总结.docx', 'file-info')).toEqual(['清丰县教育局2020年工作总结.docx']);
    expect(hidden('当前位置：首页 > 信息公开 > 清丰县教育局2020年工作总结', 'breadcrumb')).toEqual([
      '清丰县教育局2020年工作总结',
    ]);
    expect(hidden('当前位置：首页 / 信息公开 / 清丰县教育局2020年工作总结', 'breadcrumb')).toEqual([
      '清丰县教育局2020年工作总结',
    ]);
  });

  it('finds none in other chrome or in a plain line', () => {
    expect(hidden('Copyright 2021 好文网', 'copyright')).toEqual([]);
    expect(hidden('清丰县教育局2020年工作总结')).toEqual([]);
  });
});

describe('metadata fields', () => {
  const strip = (text: string) => stripMetadata(text, catalogue);

  it.each([
    ['索引号：410922/2021-00123 发布机构：清丰县教育局 清丰县教育局2020年工作总结'],
    [
      '索引号：11410922MB1234567X/2021-00045 主题分类：教育 发布机构：清丰县教育局 成文日期：2021-01-15 清丰县教育局2020年工作总结',
    ],
    ['索引号:410922-2021-001 有效性:有效 公开方式:主动公开 清丰县教育局2020年工作总结'],
    ['主题分类：科技、教育 清丰县教育局2020年工作总结'],
    ['文号：清教〔2021〕3号 清丰县教育局2020年工作总结'],
    ['发布时间：2021-01-15 10:30:15清丰县教育局2020年工作总结'],
  ])('leave the title in %s', (line) => {
    expect(strip(line)).toBe('清丰县教育局2020年工作总结');
  });

  it('give the value of a 名称 or 标题 field, wherever it stands', () => {
    expect(strip('名称：清丰县教育局2020年工作总结 索引号：410922/2021-00123 发布机构：清丰县教育局')).toBe(
      '清丰县教育局2020年工作总结',
    );
    expect(strip('信息名称：清丰县教育局2020年工作总结')).toBe('清丰县教育局2020年工作总结');
    expect(strip('标题：清丰县教育局2020年工作总结 发布日期：2021年1月15日')).toBe('清丰县教育局2020年工作总结');
  });

  it('leave nothing of a line of fields alone', () => {
    expect(strip('发布时间：2021-01-15 10:30:15 来源：清丰县教育局 浏览次数：1024')).toBe('');
    expect(strip('索引号：410922/2021-00123发布机构：清丰县教育局')).toBe('');
  });
});
