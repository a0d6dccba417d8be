import { describe, expect, it } from 'vitest';
import { countHan, isCjk, isHan, joinsCjk } from '../../../src/lib/text/cjk.ts';

describe('character classes', () => {
  it('tells Han characters from punctuation and Latin', () => {
    expect(isHan('教'.codePointAt(0)!)).toBe(true);
    expect(isHan('，'.codePointAt(0)!)).toBe(false);
    expect(isCjk('，'.codePointAt(0)!)).toBe(true);
    expect(isCjk('a'.codePointAt(0)!)).toBe(false);
    expect(isHan('𠵾'.codePointAt(0)!)).toBe(true);
  });

  it('counts Han characters only', () => {
    expect(countHan('2020年教育，GPS')).toBe(3);
  });

  it('joins lines only between CJK characters', () => {
    expect(joinsCjk('教育', '工作')).toBe(true);
    expect(joinsCjk('教育，', '工作')).toBe(true);
    expect(joinsCjk('GPS', 'system')).toBe(false);
    expect(joinsCjk('教育', 'GPS')).toBe(false);
    expect(joinsCjk('', '工作')).toBe(false);
  });
});
