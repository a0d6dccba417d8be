import { describe, expect, it } from 'vitest';
import { hash32 } from '../../../src/lib/text/hash.ts';

describe('the 32-bit text hash', () => {
  // Published FNV-1a test vectors: the hash must not change between platforms or releases.
  it('is FNV-1a', () => {
    expect(hash32('')).toBe(0x811c9dc5);
    expect(hash32('a')).toBe(0xe40c292c);
    expect(hash32('foobar')).toBe(0xbf9cf968);
  });

  it('is an unsigned 32-bit integer for any text', () => {
    for (const text of ['教育局', '教育局工作总结'.repeat(50), '\u{20000}']) {
      const hash = hash32(text);
      expect(Number.isInteger(hash)).toBe(true);
      expect(hash).toBeGreaterThanOrEqual(0);
      expect(hash).toBeLessThan(2 ** 32);
    }
  });

  it('tells apart texts that differ in one character', () => {
    expect(hash32('教育局')).not.toBe(hash32('教育厅'));
    expect(hash32('ab')).not.toBe(hash32('ba'));
  });
});
