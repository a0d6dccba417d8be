import { describe, expect, it } from 'vitest';
import { joinPageSlices } from '../../../src/lib/importer/page-slices.ts';

const numbered = (lines: string[]) => lines.map((text, index) => ({ no: index + 1, text }));
const texts = (result: ReturnType<typeof joinPageSlices>) => ({
  slices: result.slices,
  lines: result.lines.map((line) => line.text),
});

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
    const lines = [
      '五是突出主题。',
      '1、教育局机关以服务为主题，开展活动。',
      '2、各基层党组织开展评议活动。',
      '3、到户工作法得到运用。',
    ];
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

  it('joins short slices that each cut a sentence or a heading of the text, but never joins the first to what stands above it', () => {
    const lines = [
      '文档格式：.docx　文档页数：4页',
      '1、临澧县教育局关于2020年教育工作情况的报告',
      '春季学期组织全县中小学开展线上教学，覆盖学生4',
      '2、.2万人。分批次有序组织复学复课。',
      '（三）加强教师',
      '3、队伍建设',
      '全年公开招聘教师165名，落实乡村教师生活补助86',
      '4、0万元。',
      '三是农村学校音体美教师占比',
      '5、偏低。',
    ];
    expect(texts(joinPageSlices(numbered(lines)))).toEqual({
      slices: 5,
      lines: [
        '文档格式：.docx　文档页数：4页',
        '临澧县教育局关于2020年教育工作情况的报告',
        '春季学期组织全县中小学开展线上教学，覆盖学生4.2万人。分批次有序组织复学复课。',
        '（三）加强教师队伍建设',
        '全年公开招聘教师165名，落实乡村教师生活补助860万元。',
        '三是农村学校音体美教师占比偏低。',
      ],
    });
  });

  it('leaves a numbered list of short items alone', () => {
    const lines = ['1、加强党的建设', '2、改善办学条件', '3、提升教育质量', '4、维护校园安全'];
    expect(texts(joinPageSlices(numbered(lines))).slices).toBe(0);
  });
});
