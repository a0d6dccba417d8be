import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText, looksLikeHtml } from '../../../src/lib/importer/html-to-text.ts';

describe('pages saved from a browser', () => {
  it('recognizes HTML', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html><body>x</body></html>')).toBe(true);
    expect(looksLikeHtml('一、总体情况\n正文中提到 a<b 的比较。')).toBe(false);
  });

  it('keeps paragraphs and line breaks, drops scripts, styles and comments', () => {
    const text = htmlToText(
      '<html><head><style>p{}</style><script>var s="<p>x</p>"</script></head><body><!-- ad --><p>第一段</p><div>第二段<br>换行</div><span>行内</span></body></html>',
    );
    expect(text.split('\n').filter(Boolean)).toEqual(['第一段', '第二段', '换行', '行内']);
  });

  it('decodes named and numeric entities', () => {
    expect(decodeEntities('&ldquo;双减&rdquo;&nbsp;&amp;&#36947;&#x5FB7;&hellip;&unknown;')).toBe('“双减” &道德…&unknown;');
  });
});
