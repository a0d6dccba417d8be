import { describe, expect, it } from 'vitest';
import { unwrapHardWraps } from '../../../src/lib/importer/repair-text.ts';
import { findStructure } from '../../../src/lib/importer/structure.ts';

const numbered = (lines: string[]) => lines.map((text, index) => ({ no: index + 1, text }));

const headings = (paragraphs: string[]) =>
  findStructure(paragraphs).flatMap((block) => (block.kind === 'heading' ? [`${block.depth}:${block.text}`] : []));

describe('finding headings', () => {
  it('maps 一、 to ##, （一） to ### and 1. over body text to ####', () => {
    expect(
      headings([
        '一、总体情况',
        '（一）主要做法',
        '1.加强领导',
        '成立领导小组，明确分工。',
        '2、完善制度。建立例会制度，每月一次。',
        '(二)存在问题',
        '二、下一步打算',
      ]),
    ).toEqual(['2:一、总体情况', '3:（一）主要做法', '4:1.加强领导', '3:(二)存在问题', '2:二、下一步打算']);
  });

  it('keeps long numbered lines as paragraphs', () => {
    const long =
      '（一）组织开展学校安全大检查。根据上级要求，我局及时部署了学校安全检查工作，组织开展了消防安全检查和交通安全督查等专项行动。';
    expect(headings(['一、校园安全', long])).toEqual(['2:一、校园安全']);
  });

  it('keeps a short 1. line followed by another numbered line as a paragraph', () => {
    expect(
      headings([
        '一、安全',
        '1、狠抓制度建设，层层签订安全责任状。',
        '2、狠抓安全卫生工作。一是加强宣传，提高认识，建立长效机制。',
      ]),
    ).toEqual(['2:一、安全']);
  });

  it('promotes the highest kind present to ##', () => {
    expect(headings(['（一）聚焦党的领导', '正文。', '（二）聚焦创新机制', '正文。'])).toEqual([
      '2:（一）聚焦党的领导',
      '2:（二）聚焦创新机制',
    ]);
  });

  it('leaves 一是…二是… and 第一，… as text', () => {
    expect(headings(['一是加强领导。', '二是完善制度，建立例会。', '第一，要提高认识。'])).toEqual([]);
  });

  it('accepts a heading ending in a full stop but not one with two sentences', () => {
    expect(headings(['一、新课程改革深入推进。', '正文。', '二、校舍建设。全年新建校舍三所。'])).toEqual([
      '2:一、新课程改革深入推进。',
    ]);
  });

  it('reads a ? between Chinese numerals as a lost 〇, not a question mark', () => {
    expect(headings(['第一部分　二?一二年工作回顧', '2012年，全縣教育系統穩步推進。'])).toEqual([
      '2:第一部分　二?一二年工作回顧',
    ]);
  });

  it('keeps the items of an attachment list as paragraphs', () => {
    expect(headings(['附件：1.全县学校基本情况统计表', '2.南乐县教育局2021年重点项目清单', '南乐县教育局'])).toEqual(
      [],
    );
  });
});

describe('hard-wrapped plain text', () => {
  it('joins lines wrapped at a fixed width', () => {
    const wrapped = [
      '全县教育系统认真贯彻落实上级部署要求，扎实推进各项工作，教育事业',
      '取得了新的进展。全年新建校舍一万二千平方米，改造农村学校食堂八所',
      '，新增学位九百个，办学条件得到明显改善，群众满意度进一步提高。',
      '一、办学条件',
      '全年投入资金三千万元，完成十二所学校的改造任务，办学条件得到明显',
      '改善，农村学校的面貌焕然一新，受到家长和社会各界的普遍好评。',
    ];
    expect(unwrapHardWraps(numbered(wrapped)).lines.map((line) => line.text)).toEqual([
      '全县教育系统认真贯彻落实上级部署要求，扎实推进各项工作，教育事业取得了新的进展。全年新建校舍一万二千平方米，改造农村学校食堂八所，新增学位九百个，办学条件得到明显改善，群众满意度进一步提高。',
      '一、办学条件',
      '全年投入资金三千万元，完成十二所学校的改造任务，办学条件得到明显改善，农村学校的面貌焕然一新，受到家长和社会各界的普遍好评。',
    ]);
  });

  it('leaves text with blank lines between paragraphs alone', () => {
    const lines = numbered(['第一段。', '', '第二段。']).filter((line) => line.text !== '');
    expect(unwrapHardWraps(lines).lines.map((line) => line.text)).toEqual(['第一段。', '第二段。']);
  });
});

describe('numbered items as a set', () => {
  it('reads one short item among long numbered paragraphs as a paragraph too', () => {
    const long = (n: number) =>
      `${n}.推进县域内义务教育优质均衡发展，实施城乡学校结对帮扶，组建紧密型教育集团，促进优质资源共享，缩小城乡差距。`;
    expect(
      headings([
        '二、重点任务',
        long(1),
        long(2),
        long(3),
        '4.开展校园安全隐患排查整治，确保全年不发生重大校园安全责任事故。',
        '附件：重点任务清单',
      ]),
    ).toEqual(['2:二、重点任务']);
  });
});
