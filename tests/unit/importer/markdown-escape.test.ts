import { describe, expect, it } from 'vitest';
import { escapeHeading, escapeParagraph } from '../../../src/lib/importer/markdown-escape.ts';
import { createMarkdown } from '../../../src/lib/markdown/renderer.ts';
import { plainText } from '../../../src/lib/markdown/sections.ts';

const md = createMarkdown();
const roundTrip = (markdown: string) => plainText(md.parse(markdown, {}));

describe('escaping report text for Markdown', () => {
  it.each([
    '**学校投资XX万元',
    '1. 加强领导（一个带空格的编号）',
    '2) 第二项',
    '# 不是标题',
    '> 不是引用',
    '- 不是列表',
    '+ 也不是列表',
    '===',
    '---',
    '使用 `代码` 和 [方括号] 与 <https://example.org>',
    '下划线_强调_与 ~~删除线~~',
    '&amp; 和 &#36947; 保持原样',
    '反斜杠 \\ 也保留',
    '| 竖线开头',
  ])('renders %s exactly as written', (text) => {
    expect(roundTrip(escapeParagraph(text))).toBe(text);
  });

  it('keeps a heading brace block from reading as attributes', () => {
    const heading = `## ${escapeHeading('关于{teachers}')}`;
    expect(md.render(heading)).toBe('<h2>关于{teachers}</h2>\n');
  });
});
