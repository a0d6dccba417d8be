import { describe, expect, it } from 'vitest';
import { createMarkdown, isSafeUrl } from '../../../src/lib/markdown/renderer.ts';

const md = createMarkdown();

describe('the Markdown renderer', () => {
  it('shows raw HTML as text', () => {
    const html = md.render('正文<script>alert(1)</script>\n\n<div onclick="x()">块</div>');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<div');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;div onclick=&quot;x()&quot;&gt;块&lt;/div&gt;');
  });

  it('drops dangerous link and image schemes, keeping the text', () => {
    const html = md.render(
      '[点](javascript:alert(1)) [点](JaVaScRiPt:alert(1)) [点](vbscript:x) [点](data:text/html,x) ![图](data:image/png;base64,AAAA)',
    );
    expect(html).not.toMatch(/href=|src=/);
    expect(html).toContain('[点](javascript:alert(1))');
  });

  it('keeps ordinary links', () => {
    expect(md.render('[官网](https://example.org/a)')).toContain('href="https://example.org/a"');
    expect(md.render('[节](#s-abc)')).toContain('href="#s-abc"');
    expect(isSafeUrl('mailto:a@example.org')).toBe(true);
    expect(isSafeUrl('java\nscript:alert(1)')).toBe(false);
  });

  it('keeps punctuation exactly as written', () => {
    const source = '他说："好"--而且...(c) “中文引号”,半角逗号';
    expect(md.render(source)).toBe(`<p>${source.replace(/"/g, '&quot;')}</p>\n`);
  });

  it('joins wrapped Chinese lines without a space but keeps spaces between Latin words', () => {
    expect(md.render('第一行中文\n第二行中文')).toBe('<p>第一行中文第二行中文</p>\n');
    expect(md.render('first line\nsecond line')).toBe('<p>first line\nsecond line</p>\n');
  });

  it('wraps tables so they scroll on a phone', () => {
    expect(md.render('| 年份 | 人数 |\n| --- | --- |\n| 2020 | 3 |')).toContain('<div class="table-scroll"><table>');
  });

  it('removes heading attributes from the rendered heading', () => {
    expect(md.render('## 一、教师 {teachers}')).toBe('<h2>一、教师</h2>\n');
  });
});
