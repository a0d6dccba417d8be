import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { elementText, isBlockElement, type TextNodeLike, treeSize } from '../../../src/lib/importer/dom-text.ts';

const bodyOf = (html: string) =>
  parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as TextNodeLike;

describe('elementText', () => {
  it('ends a line after each block and at <br>, and joins inline text', () => {
    const text = elementText(bodyOf('<p>一、<b>教师</b>队伍</p><div>二、课程<br>改革</div>'));
    expect(text.split('\n').filter((line) => line.trim() !== '')).toEqual(['一、教师队伍', '二、课程', '改革']);
  });

  it('gives nothing for scripts, styles and other text a reader never sees', () => {
    const text = elementText(
      bodyOf('<p>正文</p><script>var a = 1;</script><style>p{}</style><noscript>请启用</noscript>'),
    );
    expect(text.trim()).toBe('正文');
  });

  it('separates table cells by a space and keeps preformatted line breaks', () => {
    expect(elementText(bodyOf('<table><tr><td>学校</td><td>12所</td></tr></table>')).trim()).toBe('学校 12所');
    expect(elementText(bodyOf('<pre>第一行\n第二行</pre>'))).toContain('第一行\n第二行');
  });

  it('walks markup nested far deeper than the call stack allows', () => {
    const depth = 20_000;
    const html = `${'<span>'.repeat(depth)}深处${'</span>'.repeat(depth)}`;
    expect(elementText(bodyOf(html)).trim()).toBe('深处');
  });
});

describe('treeSize', () => {
  it('counts every node below the root, text included, and the depth of the deepest element', () => {
    expect(treeSize(bodyOf('<div><p>一<b>二</b></p></div><p>三</p>'))).toEqual({ depth: 3, nodes: 7 });
  });
});

describe('isBlockElement', () => {
  it('knows blocks whatever the case of their name, and not inline elements', () => {
    expect(isBlockElement('p')).toBe(true);
    expect(isBlockElement('FIGCAPTION')).toBe(true);
    expect(isBlockElement('span')).toBe(false);
  });
});
