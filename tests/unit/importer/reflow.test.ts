import { describe, expect, it } from 'vitest';
import { reflowLongLines } from '../../../src/lib/importer/reflow.ts';

describe('text that arrives as one long line', () => {
  const line =
    '北湖区教育局2018年工作要点 2018年全区教育工作的总体要求是：稳中求进，提质增效，办好人民满意的教育，让每个孩子都能享有公平而有质量的教育。 ' +
    '一、加强党的建设 1.落实全面从严治党主体责任。 2.推进党支部标准化建设。 二、推进均衡发展 1.实施城乡学校结对帮扶。' +
    '（一）新建学校两所。三、提升教育质量 1.深化课堂教学改革。';

  it('gets its paragraphs back at spaces and heading markers', () => {
    const { lines, reflowed } = reflowLongLines([line]);
    expect(reflowed).toBe(1);
    expect(lines.filter(Boolean)).toEqual([
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
    expect(reflowLongLines([paragraph])).toEqual({ lines: [paragraph], reflowed: 0 });
  });

  it('does not break after an opening bracket', () => {
    const text = `${'推进教师培养“五大工程”。 一、甲。 二、乙。 三、丙。'.repeat(5)}( 新进教师三年培养工程)`;
    expect(reflowLongLines([text]).lines.some((part) => part.startsWith('新进教师'))).toBe(false);
  });
});
