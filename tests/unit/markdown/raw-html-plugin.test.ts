import { describe, expect, it } from 'vitest';
import type { RawHtmlMeta } from '../../../src/lib/markdown/raw-html-plugin.ts';
import { createMarkdown } from '../../../src/lib/markdown/renderer.ts';
import { splitSections } from '../../../src/lib/markdown/sections.ts';

const md = createMarkdown();
const marks = (source: string) =>
  md
    .parse(source, {})
    .filter((token) => token.type === 'inline')
    .map((token) => (token.meta as RawHtmlMeta | null)?.rawHtml ?? null);

describe('raw HTML marker', () => {
  it('marks text that looks like a tag, a closing tag or a comment', () => {
    expect(marks('正文<b>加粗</b>。')).toEqual(['<b>']);
    expect(marks('结尾</div>')).toEqual(['</div>']);
    expect(marks('<!-- 注释 -->')).toEqual(['<!--']);
    expect(marks('<img src=x onerror=alert(1)>')).toEqual(['<img src=x onerror=alert(1)>']);
  });

  it('leaves angle brackets the author escaped, code, and comparisons alone', () => {
    expect(marks('写成 \\<b> 显示尖括号')).toEqual([null]);
    expect(marks('实体 &lt;b&gt; 也可以')).toEqual([null]);
    expect(marks('代码 `<b>` 原样')).toEqual([null]);
    expect(marks('比例 3 < 5 > 2')).toEqual([null]);
  });

  it('renders marked text escaped, never as markup', () => {
    expect(md.render('<script>alert(1)</script>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n');
  });
});

describe('section headings', () => {
  it('are the text a reader sees, without Markdown escapes or emphasis marks', () => {
    const sections = splitSections(md, md.parse('## 一、\\<b>加强\\</b> **师德** `建设`\n\n正文', {}), {});
    expect(sections[0]!.heading).toBe('一、<b>加强</b> 师德 建设');
  });
});
