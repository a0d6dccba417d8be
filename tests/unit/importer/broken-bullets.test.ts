import { describe, expect, it } from 'vitest';
import { stripBrokenBullets } from '../../../src/lib/importer/broken-bullets.ts';

const numbered = (lines: string[]) => lines.map((text, index) => ({ no: index + 1, text }));

describe('bullets a converter turned into "? "', () => {
  it('go when several lines open with them, the items kept as lines', () => {
    const result = stripBrokenBullets(
      numbered([
        '（一）推进均衡发展',
        '? 全年计划投入资金1.9亿元。',
        '? 化解城区大班额问题。',
        '（二）加强教师队伍建设',
      ]),
    );
    expect(result.stripped).toBe(2);
    expect(result.lines.map((line) => line.text)).toEqual([
      '（一）推进均衡发展',
      '全年计划投入资金1.9亿元。',
      '化解城区大班额问题。',
      '（二）加强教师队伍建设',
    ]);
    expect(result.lines.map((line) => line.no)).toEqual([1, 2, 3, 4]);
  });

  it('stay on a single line, and after a number (1 ?) where the number is the text', () => {
    expect(stripBrokenBullets(numbered(['? 这是什么问题。', '正文。'])).stripped).toBe(0);
    expect(stripBrokenBullets(numbered(['1 ? 加强党建。', '2 ? 改善条件。'])).stripped).toBe(0);
    expect(stripBrokenBullets(numbered(['??? 乱码。', '?? 乱码。'])).stripped).toBe(0);
  });
});
