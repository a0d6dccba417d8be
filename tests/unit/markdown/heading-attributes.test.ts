import { describe, expect, it } from 'vitest';
import { extractHeadingAttributes, formatHeadingAttributes } from '../../../src/lib/markdown/heading-attributes.ts';

describe('heading attributes', () => {
  it('reads topic ids after the heading', () => {
    expect(extractHeadingAttributes('三、教师队伍管理迈出新步伐 {teachers leadership}')).toEqual({
      text: '三、教师队伍管理迈出新步伐',
      attributes: { topics: ['teachers', 'leadership'] },
    });
  });

  it('reads a pinned anchor and accepts commas as separators', () => {
    expect(extractHeadingAttributes('六、办学条件 {#banxue facilities，ict, finance}')).toEqual({
      text: '六、办学条件',
      attributes: { id: 'banxue', topics: ['facilities', 'ict', 'finance'] },
    });
  });

  it('leaves braces that are not attributes as heading text', () => {
    for (const heading of [
      '关于{重点}工作',
      '标题 {教师}',
      '标题 {}',
      '标题 {#Bad_Id}',
      '标题 {teachers} 之后还有字',
    ]) {
      expect(extractHeadingAttributes(heading)).toEqual({ text: heading, attributes: null });
    }
  });

  it('writes attributes back in canonical form', () => {
    expect(formatHeadingAttributes({ id: 'next', topics: ['general'] })).toBe('{#next general}');
    expect(formatHeadingAttributes({ topics: ['teachers', 'quality'] })).toBe('{teachers quality}');
    expect(formatHeadingAttributes({ topics: [] })).toBe('');
  });
});
