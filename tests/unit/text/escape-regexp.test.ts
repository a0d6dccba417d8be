import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../../src/lib/text/escape-regexp.ts';

describe('escaping text for a regular expression', () => {
  it('matches every special character literally', () => {
    const text = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o';
    const pattern = new RegExp(`^${escapeRegExp(text)}$`);
    expect(pattern.test(text)).toBe(true);
    expect(pattern.test(text.replace('.', 'X'))).toBe(false);
  });

  it('leaves Chinese, letters and digits as they are', () => {
    expect(escapeRegExp('清丰县教育局2020')).toBe('清丰县教育局2020');
  });

  it('keeps a site name from matching more than itself', () => {
    const name = new RegExp(escapeRegExp('www.example.com'));
    expect(name.test('www.example.com')).toBe(true);
    expect(name.test('wwwXexampleYcom')).toBe(false);
  });
});
