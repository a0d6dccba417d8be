import { describe, expect, it } from 'vitest';
import { cleanTitle, sameTitle } from '../../../src/lib/importer/title.ts';

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
  ])('%s → %s', (raw, clean) => {
    expect(cleanTitle(raw)).toBe(clean);
  });

  it('never cleans a title away entirely', () => {
    expect(cleanTitle('范文')).toBe('范文');
  });

  it('compares titles without decoration and punctuation', () => {
    expect(sameTitle('教育局工作总结', '  教育局工作总结范文')).toBe(true);
    expect(sameTitle('教育局工作总结', '教育局工作计划')).toBe(false);
    expect(sameTitle('', '')).toBe(false);
  });
});
