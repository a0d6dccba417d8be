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
    expect(parts.slice(3)).toEqual(['二、存在的问题', '一是部分项目进度滞后；二是设备不足。', '三、下半年工作打算', '下半年，我们将抓好以下工作。']);
  });
});
