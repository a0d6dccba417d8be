import { describe, expect, it } from 'vitest';
import { reflowLongLines } from '../../../src/lib/importer/reflow.ts';

describe('text that arrives as one long line', () => {
  const line =
    '北湖区教育局2018年工作要点 2018年全区教育工作的总体要求是：稳中求进，提质增效，办好人民满意的教育，让每个孩子都能享有公平而有质量的教育。 ' +
    '一、加强党的建设 1.落实全面从严治党主体责任。 2.推进党支部标准化建设。 二、推进均衡发展 1.实施城乡学校结对帮扶。' +
    '（一）新建学校两所。三、提升教育质量 1.深化课堂教学改革。';

  it('gets its paragraphs back at spaces and heading markers', () => {
    const { lines, reflowed } = reflowLongLines([{ no: 7, text: line }]);
    expect(reflowed).toBe(1);
    expect(lines.every((part) => part.no === 7)).toBe(true);
    expect(lines.map((part) => part.text)).toEqual([
      '北湖区教育局2018年工作要点',
      '2018年全区教育工作的总体要求是：稳中求进，提质增效，办好人民满意的教育，让每个孩子都能享有公平而有质量的教育。',
      '一、加强党的建设',
      '1.落实全面从严治党主体责任。',
      '2.推进党支部标准化建设。',
      '二、推进均衡发展',
      '1.实施城乡学校结对帮扶。',
      '（一）新建学校两所。',
      '三、提升教育质量',
      '1.深化课堂教学改革。',
    ]);
  });

  it('leaves a long ordinary paragraph whole', () => {
    const paragraph = '全县大力加强教师队伍的建设和管理，一是制订了意见，二是加强培训，三是加强考核。'.repeat(12);
    expect(reflowLongLines([{ no: 1, text: paragraph }])).toEqual({ lines: [{ no: 1, text: paragraph }], reflowed: 0 });
  });

  it('does not break after an opening bracket', () => {
    const text = `${'推进教师培养“五大工程”。 一、甲。 二、乙。 三、丙。'.repeat(5)}( 新进教师三年培养工程)`;
    expect(reflowLongLines([{ no: 1, text }]).lines.some((part) => part.text.startsWith('新进教师'))).toBe(false);
  });

  it('cuts a numbered heading glued to its paragraph after a heading ending', () => {
    const text = `上半年工作总结。一、取得的成绩2020年上半年，${'各项工作进展顺利，成效明显'.repeat(8)}。二、存在的问题一是部分项目进度滞后；二是设备不足。三、下半年工作打算下半年，我们将抓好以下工作。`;
    const parts = reflowLongLines([{ no: 1, text }], ['成绩', '问题', '打算']).lines.map((part) => part.text);
    expect(parts.slice(1, 3)).toEqual(['一、取得的成绩', expect.stringMatching(/^2020年上半年，各项工作/)]);
    expect(parts.slice(3)).toEqual([
      '二、存在的问题',
      '一是部分项目进度滞后；二是设备不足。',
      '三、下半年工作打算',
      '下半年，我们将抓好以下工作。',
    ]);
  });

  it('reads a Traditional heading against Simplified endings, and a sub-heading glued to its heading', () => {
    const text = `現將上半年工作總結如下。一、上半年工作開展情況（一）黨史學習教育紮實開展局黨委制定實施方案，組織專題學習9次。${'各項工作進展順利。'.repeat(12)}二、其他工作穩步推進。三、存在的問題城區學位供給仍然偏緊，有待提高。`;
    const parts = reflowLongLines([{ no: 1, text }], ['开展', '问题']).lines.map((part) => part.text);
    expect(parts.slice(1, 4)).toEqual([
      '一、上半年工作開展情況',
      '（一）黨史學習教育紮實開展',
      expect.stringMatching(/^局黨委制定實施方案，組織專題學習9次。各項/),
    ]);
    expect(parts.slice(-2)).toEqual(['三、存在的問題', '城區學位供給仍然偏緊，有待提高。']);
  });

  it('keeps a numbered sentence whole when the heading ending is followed by its own short end', () => {
    const text = `${'全县各项工作有序推进。'.repeat(14)}一、甲项工作。二、乙项工作。（四）学生资助落实到位。上半年共资助学生1.4万人次。`;
    expect(reflowLongLines([{ no: 1, text }], ['落实']).lines.map((part) => part.text)).toContain(
      '（四）学生资助落实到位。上半年共资助学生1.4万人次。',
    );
  });

  it('closes the spaces a converter put around numbers before splitting, but not before a signature date', () => {
    const text =
      '2018 年，全县教育工作稳步推进。 一、主要成效 全系统 112 个基层党组织全部完成标准化建设，巩固率达到 96.2%，无辍学学生。' +
      ' 二、存在问题 城乡差距仍然较大。 三、工作打算 全年计划投入 1.2 亿元，新建校舍 3 所，招聘教师 120 名，培训教师 5000 人次。' +
      ' 会宁县教育局 2018 年 12 月 25 日';
    const parts = reflowLongLines([{ no: 1, text }]).lines.map((part) => part.text);
    // The space after a number is closed later, with the rest of the number spacing.
    expect(parts).toContain('全系统112 个基层党组织全部完成标准化建设，巩固率达到96.2%，无辍学学生。');
    expect(parts.slice(-2)).toEqual(['会宁县教育局', '2018 年12 月25 日']);
  });

  it('splits a flattened speech at its date, its greeting and its closing 同志们，', () => {
    const text = [
      '在全县教育系统安全工作会议上的讲话县教育局局长 ×××(2016年3月2日)同志们:今天,我们召开全县教育系统安全工作会议。',
      '一、充分肯定成绩,清醒认识当前安全形势2015年,全县教育系统认真落实安全工作责任制。',
      '各校落实安全责任。'.repeat(8),
      '二、突出工作重点,全面加强校园安全管理(一)抓好安全教育。将安全教育纳入教学计划。',
      '三、落实安全责任,确保校园和谐稳定各学校校长是安全工作第一责任人,要亲自抓。同志们,校园安全责任重于泰山。',
    ].join('');
    const parts = reflowLongLines([{ no: 1, text }], ['稳定']).lines.map((part) => part.text);
    expect(parts.slice(0, 4)).toEqual([
      '在全县教育系统安全工作会议上的讲话县教育局局长 ×××',
      '(2016年3月2日)',
      '同志们:',
      '今天,我们召开全县教育系统安全工作会议。',
    ]);
    expect(parts).toContain('一、充分肯定成绩,清醒认识当前安全形势');
    expect(parts).toContain('二、突出工作重点,全面加强校园安全管理');
    expect(parts).toContain('三、落实安全责任,确保校园和谐稳定');
    expect(parts.at(-1)).toBe('同志们,校园安全责任重于泰山。');
  });
});
