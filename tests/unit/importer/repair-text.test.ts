import { describe, expect, it } from 'vitest';
import { closeNumberSpacing, joinCarriedParagraphs, unwrapHardWraps } from '../../../src/lib/importer/repair-text.ts';

const numbered = (lines: string[]) => lines.map((text, index) => ({ no: index + 1, text }));
const texts = (lines: Parameters<typeof unwrapHardWraps>[0]) => unwrapHardWraps(lines).lines.map((line) => line.text);

/** A paragraph wrapped at 25 characters: three lines filled to the width and ending mid-sentence show the page is wrapped text. */
const wrapped = [
  '今年以来全县教育系统坚持以立德树人为根本任务认真',
  '落实上级各项决策部署扎实推进教育改革发展各项工作',
  '取得了明显成效全县共投入教育经费三点二亿元新建和',
  '改扩建中小学校舍十二所办学条件得到显著改善。',
];
const unwrapped = wrapped.join('');
/** Runs of lines with a blank line between them, numbered as in the input. */
const page = (...runs: string[][]) => numbered(runs.flatMap((run) => [...run, ''])).filter((line) => line.text !== '');
/** The text of the runs after the wrapped paragraph, once joined. */
const repaired = (...runs: string[][]) => {
  const [first, ...rest] = texts(page(wrapped, ...runs));
  expect(first).toBe(unwrapped);
  return rest;
};

describe('joining lines wrapped at a fixed width', () => {
  it('joins the lines of a wrapped paragraph under the number of its first line, noting the last line it covers', () => {
    expect(unwrapHardWraps(page(wrapped, ['二、主要做法']))).toEqual({
      lines: [
        { no: 1, text: unwrapped, through: 4 },
        { no: 6, text: '二、主要做法' },
      ],
      joined: 3,
    });
  });

  it('leaves a page alone that shows too few wrapped lines to be wrapped text', () => {
    const two = [
      '今年以来全县教育系统坚持以立德树人为根本任务认真',
      '落实上级各项决策部署扎实推进教育改革发展各项工作',
      '取得了明显成效。',
    ];
    expect(unwrapHardWraps(numbered(two))).toEqual({ lines: numbered(two), joined: 0 });
  });

  it('measures lines in display columns, where Latin letters and digits are half as wide as Chinese', () => {
    // Counted in characters the second line would fill the run (21 of 25); it takes 29 of 50 columns, so it ends its paragraph.
    expect(
      repaired([
        '全县各中小学认真落实信息科技课程方案扎实开展编程教育',
        '共开设 Python 编程课程 120 节',
        '全县各中小学认真落实德育工作指南扎实开展主题教育活',
        '动学生思想道德素质明显提升。',
      ]),
    ).toEqual([
      '全县各中小学认真落实信息科技课程方案扎实开展编程教育共开设 Python 编程课程 120 节',
      '全县各中小学认真落实德育工作指南扎实开展主题教育活动学生思想道德素质明显提升。',
    ]);
  });

  it('counts digits by their width when a line fills the run', () => {
    expect(
      repaired([
        '2020年全县新建和改扩建中小学校舍共计12所建筑面积',
        '达到五万六千平方米新增学位三千六百个城区大班额问',
        '题基本解决。',
      ]),
    ).toEqual([
      '2020年全县新建和改扩建中小学校舍共计12所建筑面积达到五万六千平方米新增学位三千六百个城区大班额问题基本解决。',
    ]);
  });

  it('joins a line opening with punctuation no line may start with, even after a short line', () => {
    expect(
      repaired([
        '全县教育系统深入开展教师全员培训工作，成效明显。',
        '全年共培训教师三千二百人次',
        '，其中骨干教师四百余人，新任教师一百二十人。',
      ]),
    ).toEqual([
      '全县教育系统深入开展教师全员培训工作，成效明显。',
      '全年共培训教师三千二百人次，其中骨干教师四百余人，新任教师一百二十人。',
    ]);
  });

  it('never joins a numbered heading to the line before or after it', () => {
    expect(
      repaired([
        '今年以来全县教育系统坚持以立德树人为根本任务认真',
        '一、落实上级各项决策部署扎实推进教育改革发展各项',
        '工作取得了明显成效。',
      ]),
    ).toEqual([
      '今年以来全县教育系统坚持以立德树人为根本任务认真',
      '一、落实上级各项决策部署扎实推进教育改革发展各项',
      '工作取得了明显成效。',
    ]);
    expect(
      repaired([
        '一、坚持立德树人根本任务全面加强和改进学校德育工作',
        '全县各中小学认真落实德育工作指南扎实开展主题教育',
        '活动学生思想道德素质明显提升。',
      ]),
    ).toEqual([
      '一、坚持立德树人根本任务全面加强和改进学校德育工作',
      '全县各中小学认真落实德育工作指南扎实开展主题教育活动学生思想道德素质明显提升。',
    ]);
  });

  it('leaves a list of short lines alone', () => {
    expect(repaired(['加强师德师风建设', '规范学校办学行为', '推进教育信息化建设', '改善农村学校办学条件'])).toEqual([
      '加强师德师风建设',
      '规范学校办学行为',
      '推进教育信息化建设',
      '改善农村学校办学条件',
    ]);
  });

  // The second run is wrapped at the page's width too, so it is rejoined on its own side of the blank line.
  it('does not join across a blank line', () => {
    expect(
      repaired(
        ['全县各中小学认真落实德育工作指南扎实开展主题教育', '活动学生思想道德素质明显提升各校普遍建立了家长学'],
        ['校和家访制度家校共育机制不断完善取得了良好效果', '得到社会各界好评。'],
      ),
    ).toEqual([
      '全县各中小学认真落实德育工作指南扎实开展主题教育活动学生思想道德素质明显提升各校普遍建立了家长学',
      '校和家访制度家校共育机制不断完善取得了良好效果得到社会各界好评。',
    ]);
  });

  it('joins a subtitle that fills the width and stops where no subtitle ends, and keeps a whole one apart', () => {
    const subtitle = ['——2018年10月26日在涉县第十六届人民代表大会常委会第', '十二次会议上'];
    expect(repaired(subtitle)).toEqual([subtitle.join('')]);
    expect(repaired(['——在全县教育工作会议上的讲话', '县教育局局长　张三'])).toEqual([
      '——在全县教育工作会议上的讲话',
      '县教育局局长　张三',
    ]);
  });
});

describe('joining a sentence cut by a page break', () => {
  it('joins the line after a removed footer to a line that stops mid-sentence', () => {
    expect(
      unwrapHardWraps([
        { no: 1, text: '全年共组织教师业务培训3200人次' },
        { no: 3, text: '选派42名骨干教师到省内外名校跟岗学习。', afterBreak: true },
      ]),
    ).toEqual({
      lines: [{ no: 1, text: '全年共组织教师业务培训3200人次选派42名骨干教师到省内外名校跟岗学习。', through: 3 }],
      joined: 1,
    });
  });

  it('goes on joining the wrapped lines that follow a rejoined page break', () => {
    const lines = [
      ...page(wrapped),
      { no: 6, text: '全县各中小学认真落实德育工作指南扎实开展主题教育' },
      { no: 8, text: '活动各校普遍建立了家长学校和家访制度家校共育机', afterBreak: true },
      { no: 9, text: '制不断完善全县中小学生体质健康合格率达到百分之九十' },
      { no: 10, text: '五以上。' },
    ];
    expect(texts(lines)).toEqual([
      unwrapped,
      '全县各中小学认真落实德育工作指南扎实开展主题教育活动各校普遍建立了家长学校和家访制度家校共育机制不断完善全县中小学生体质健康合格率达到百分之九十五以上。',
    ]);
  });

  it('keeps the lines apart without a page break between them', () => {
    expect(
      texts([
        { no: 1, text: '全年共组织教师业务培训3200人次' },
        { no: 3, text: '选派42名骨干教师到省内外名校跟岗学习。' },
      ]),
    ).toEqual(['全年共组织教师业务培训3200人次', '选派42名骨干教师到省内外名校跟岗学习。']);
  });

  it('does not join after a title, a date or a finished sentence, nor before a heading', () => {
    const repaired = (first: string, second = '一年来全县教育系统稳步推进各项工作。') =>
      texts([
        { no: 1, text: first },
        { no: 3, text: second, afterBreak: true },
      ]).length;
    expect(repaired('清丰县教育局2020年工作总结')).toBe(2);
    expect(repaired('2020年12月20日')).toBe(2);
    expect(repaired('全年共组织教师业务培训3200人次。')).toBe(2);
    expect(repaired('全年共组织教师业务培训3200人次', '二、存在的问题')).toBe(2);
    expect(repaired('全年共组织教师业务培训3200人次')).toBe(1);
  });

  it('joins a paragraph carried over a page break where paragraphs are indented and the next line is not', () => {
    const indented = (text: string) => ({ text, indent: true });
    const lines = [
      { no: 1, ...indented('（一）办学条件持续改善。全年投入资金1.12亿元，新建') },
      { no: 2, text: '、改扩建校舍2.6万平方米，新增学位1300个。' },
      { no: 4, text: '完成16所农村薄弱学校改造，建设教师周转房90套。', afterBreak: true },
      { no: 5, ...indented('（二）教师队伍不断加强。全年招聘教师150名，开展') },
      { no: 6, text: '教师全员培训5000人次，名师工作室达到12个，教研' },
      { no: 7, text: '活动覆盖全部学校，教师队伍素质整体提升明显。' },
      { no: 8, ...indented('（三）教育质量稳步提升。全县高考本科上线人数增加') },
      { no: 9, text: '，中考优秀率比上年提高2个百分点，各项指标全面完成。' },
    ];
    expect(unwrapHardWraps(lines).lines[0]!.text).toBe(
      '（一）办学条件持续改善。全年投入资金1.12亿元，新建、改扩建校舍2.6万平方米，新增学位1300个。完成16所农村薄弱学校改造，建设教师周转房90套。',
    );
  });
});

describe('spaces around numbers', () => {
  it('removes the spaces a PDF export puts between digits and Chinese', () => {
    expect(closeNumberSpacing('2021 年全县共培训教师 3200 人次')).toEqual({
      text: '2021年全县共培训教师3200人次',
      closed: 3,
    });
    expect(closeNumberSpacing('投入资金 1.5 亿元')).toEqual({ text: '投入资金1.5亿元', closed: 2 });
    expect(closeNumberSpacing('全县\u00a012所')).toEqual({ text: '全县12所', closed: 1 });
  });

  it('keeps spaces between Latin text and digits or Chinese', () => {
    expect(closeNumberSpacing('GDP 增长 5 %')).toEqual({ text: 'GDP 增长5 %', closed: 1 });
    expect(closeNumberSpacing('2021年')).toEqual({ text: '2021年', closed: 0 });
  });

  it('closes the space after a percent sign, a dash or Chinese punctuation', () => {
    expect(closeNumberSpacing('毛入园率达到90% 以上')).toEqual({ text: '毛入园率达到90%以上', closed: 1 });
    expect(closeNumberSpacing('—— 2018年10月26日在会议上')).toEqual({ text: '——2018年10月26日在会议上', closed: 1 });
    expect(closeNumberSpacing('实施结对帮扶， 12所城区学校')).toEqual({
      text: '实施结对帮扶，12所城区学校',
      closed: 1,
    });
  });
});

describe('paragraphs carried to the next page', () => {
  it('joins the halves around （转下页） and （接上页）, dropping the markers', () => {
    const result = joinCarriedParagraphs([
      { no: 1, text: '新增学前教育学位4300个，认定普惠性民办幼儿园12所（转下页）' },
      { no: 4, text: '（接上页）' },
      { no: 5, text: '，学前三年毛入园率达到92%。' },
      { no: 6, text: '（三）教师队伍建设不断加强' },
    ]);
    expect(result.joined).toBe(1);
    expect(result.lines.map((line) => line.text)).toEqual([
      '新增学前教育学位4300个，认定普惠性民办幼儿园12所，学前三年毛入园率达到92%。',
      '（三）教师队伍建设不断加强',
    ]);
    // The joined line covers the continuation, so hard wraps after it still count as adjacent.
    expect(result.lines[0]).toMatchObject({ no: 1, through: 5 });
  });

  it('joins a continuation written on the marker line itself', () => {
    const result = joinCarriedParagraphs([
      { no: 1, text: '我们也清醒地看到，（转下页）' },
      { no: 3, text: '（接上页）城区学位供需矛盾较为突出。' },
    ]);
    expect(result.lines.map((line) => line.text)).toEqual(['我们也清醒地看到，城区学位供需矛盾较为突出。']);
  });

  it('leaves text without the markers as it is', () => {
    const lines = [
      { no: 1, text: '全县教育系统稳步推进。' },
      { no: 2, text: '（二）学前教育加快发展' },
    ];
    expect(joinCarriedParagraphs(lines)).toEqual({ lines, joined: 0 });
  });
});
