import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../src/lib/publish/xml.ts';

describe('escaping text for XML', () => {
  it('escapes markup characters in text and attribute values', () => {
    expect(escapeXml(`<title a="1" b='2'>R&D</title>`)).toBe(
      '&lt;title a=&quot;1&quot; b=&apos;2&apos;&gt;R&amp;D&lt;/title&gt;',
    );
  });

  it('drops the control characters XML 1.0 forbids and keeps tab and line breaks', () => {
    expect(escapeXml('a\u0000b\u0008c\u000bd\u000ce\u001ff')).toBe('abcdef');
    expect(escapeXml('a\tb\nc\rd')).toBe('a\tb\nc\rd');
  });

  it('leaves Chinese text unchanged', () => {
    expect(escapeXml('教育局工作总结')).toBe('教育局工作总结');
  });
});
