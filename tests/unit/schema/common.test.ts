import { describe, expect, it } from 'vitest';
import { identifier, identifierPattern, nonBlank } from '../../../src/lib/schema/common.ts';

describe('a non-blank text field', () => {
  it('trims surrounding whitespace', () => {
    expect(nonBlank.parse('  教师队伍 \n')).toBe('教师队伍');
  });

  it('rejects empty and whitespace-only text, and non-text, in Chinese', () => {
    for (const value of ['', '   ', '\u3000\t\n']) {
      const result = nonBlank.safeParse(value);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('不能为空');
    }
    expect(nonBlank.safeParse(2020).error?.issues[0]?.message).toBe('应为文字');
  });
});

describe('an identifier', () => {
  it('accepts lowercase words joined by single hyphens', () => {
    for (const id of ['teachers', 'ict', 'next-steps', 'a1-b2']) expect(identifier.parse(id)).toBe(id);
  });

  it('rejects capitals, leading digits, doubled or trailing hyphens and non-ASCII', () => {
    for (const id of ['Teachers', '1st', 'next--steps', 'next-', '-next', '教师', 'next_steps', '']) {
      expect(identifierPattern.test(id)).toBe(false);
      expect(identifier.safeParse(id).error?.issues[0]?.message).toBe('只能用小写英文字母、数字和连字符，以字母开头');
    }
  });
});
