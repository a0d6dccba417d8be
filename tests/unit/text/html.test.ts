import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/lib/text/html.ts';

describe('escaping text for HTML', () => {
  it('escapes the characters that could open a tag, an entity or close an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('leaves other text unchanged', () => {
    expect(escapeHtml('教育局 2020 年工作总结（摘要）')).toBe('教育局 2020 年工作总结（摘要）');
  });

  it('escapes an existing entity again rather than trusting it', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });
});
