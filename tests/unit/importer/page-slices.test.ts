import { describe, expect, it } from 'vitest';
import { joinPageSlices } from '../../../src/lib/importer/page-slices.ts';

const numbered = (lines: string[]) => lines.map((text, index) => ({ no: index + 1, text }));
const texts = (result: ReturnType<typeof joinPageSlices>) => ({ slices: result.slices, lines: result.lines.map((line) => line.text) });

describe('PDF page slices', () => {
  it('removes the slice numbers and joins sentences cut by a page break', () => {
    const lines = [
      '1、东城区教育局2021年工作总结 一年来，全区教育工作在区委、区政府的领导下稳步推进，各项',
      '2、指标全面完成。一、党建工作 1.加强党组织建设，落实“三会一课”制度，全年发展党员',
      '3、35名，培训入党积极分子120人，党员教师示范课覆盖全部学校。',
    ];
    expect(texts(joinPageSlices(numbered(lines)))).toEqual({
      slices: 3,
      lines: [
        '东城区教育局2021年工作总结 一年来，全区教育工作在区委、区政府的领导下稳步推进，各项指标全面完成。一、党建工作 1.加强党组织建设，落实“三会一课”制度，全年发展党员35名，培训入党积极分子120人，党员教师示范课覆盖全部学校。',
      ],
    });
  });

  it('leaves numbered paragraphs that start new sentences alone', () => {
    const lines = ['五是突出主题。', '1、教育局机关以服务为主题，开展活动。', '2、各基层党组织开展评议活动。', '3、到户工作法得到运用。'];
    expect(texts(joinPageSlices(numbered(lines)))).toEqual({ slices: 0, lines });
  });

  it('leaves a short unpunctuated numbered list alone', () => {
    const lines = ['1、教师培训', '2、校舍建设', '3、信息化建设', '4、校园安全'];
    expect(texts(joinPageSlices(numbered(lines)))).toEqual({ slices: 0, lines });
  });

  it('needs a run of at least three slices', () => {
    const lines = ['1、第一页的内容没有结束', '2、第二页'];
    expect(joinPageSlices(numbered(lines)).slices).toBe(0);
  });
});
