import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/lib/importer/normalize.ts';

describe('normalizing text', () => {
  it('unifies line endings, trims indentation and collapses blank lines', () => {
    expect(normalizeText('\u3000\u3000第一段\r\n\r\n\r\n\r\n  第二段 \r第三段')).toBe('第一段\n\n第二段\n第三段');
  });

  it('composes to NFC and removes zero-width characters', () => {
    expect(normalizeText('e\u0301\u200b教育\ufeff')).toBe('é教育');
  });

  it('keeps spaces inside a line', () => {
    expect(normalizeText('重实际 、查实情')).toBe('重实际 、查实情');
  });
});
