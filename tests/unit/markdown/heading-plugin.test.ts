import markdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { type HeadingMeta, headingAttributesPlugin } from '../../../src/lib/markdown/heading-plugin.ts';

const md = markdownIt().use(headingAttributesPlugin);

function headings(source: string) {
  const tokens = md.parse(source, {});
  return tokens.flatMap((token, index) =>
    token.type === 'heading_open'
      ? [{ text: tokens[index + 1]!.content, attributes: (token.meta as HeadingMeta).attributes }]
      : [],
  );
}

describe('the heading attributes plugin', () => {
  it('takes a trailing attribute block off the heading and keeps it on the heading token', () => {
    expect(headings('## 六、办学条件 {#banxue facilities, ict}')).toEqual([
      { text: '六、办学条件', attributes: { id: 'banxue', topics: ['facilities', 'ict'] } },
    ]);
  });

  it('never lets the block reach the page', () => {
    expect(md.render('## 三、教师队伍 {teachers}')).toBe('<h2>三、教师队伍</h2>\n');
  });

  it('marks headings without a block as having no attributes', () => {
    expect(headings('# 标题\n\n### （一）培训')).toEqual([
      { text: '标题', attributes: null },
      { text: '（一）培训', attributes: null },
    ]);
  });

  it('leaves braces that are not an attribute block as heading text', () => {
    expect(headings('## 关于{某某}的说明 {不是主题}')).toEqual([
      { text: '关于{某某}的说明 {不是主题}', attributes: null },
    ]);
  });

  it('leaves paragraphs alone', () => {
    expect(md.render('正文 {teachers}')).toBe('<p>正文 {teachers}</p>\n');
  });
});
