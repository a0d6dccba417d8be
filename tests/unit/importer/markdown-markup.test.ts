import { describe, expect, it } from 'vitest';
import { stripMarkdownMarkup } from '../../../src/lib/importer/markdown-markup.ts';

const numbered = (lines: string[]) => lines.map((text, index) => ({ no: index + 1, text }));
const texts = (lines: string[]) => stripMarkdownMarkup(numbered(lines)).lines.map((line) => line.text);

describe('Markdown exported by a notes app', () => {
  it('takes off heading marks, quote marks and bold around lead-ins when the page is plainly Markdown', () => {
    expect(
      texts([
        '# 双流区教育局2024年工作要点',
        '> 2024年全区教育工作的总体要求是：稳中求进。',
        '### 一、坚持党建引领',
        '**1.加强基层党组织建设。**全面落实校长负责制。',
      ]),
    ).toEqual([
      '双流区教育局2024年工作要点',
      '2024年全区教育工作的总体要求是：稳中求进。',
      '一、坚持党建引领',
      '1.加强基层党组织建设。全面落实校长负责制。',
    ]);
  });

  it('counts the lines it changed and keeps their numbers', () => {
    const result = stripMarkdownMarkup(numbered(['# 标题', '正文。', '## 一、部分', '> 引文']));
    expect(result.stripped).toBe(3);
    expect(result.lines.map((line) => line.no)).toEqual([1, 2, 3, 4]);
  });

  it('leaves a report alone when a stray ** hides a name', () => {
    const lines = ['**学校校长**同志带队检查。', '全县教育系统稳步推进各项工作。'];
    expect(texts(lines)).toEqual(lines);
  });
});
