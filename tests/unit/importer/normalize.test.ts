import { describe, expect, it } from 'vitest';
import { normalizeLines } from '../../../src/lib/importer/normalize.ts';

describe('normalizing text into lines', () => {
  it('unifies line endings and trims indentation, keeping every line so line numbers stay those of the input', () => {
    expect(normalizeLines('\u3000\u3000第一段\r\n\r\n\r\n\r\n  第二段 \r第三段')).toEqual([
      '第一段',
      '',
      '',
      '',
      '第二段',
      '第三段',
    ]);
  });

  it('composes to NFC and removes zero-width characters', () => {
    expect(normalizeLines('e\u0301\u200b教育\ufeff')).toEqual(['é教育']);
  });

  it('keeps spaces inside a line', () => {
    expect(normalizeLines('重实际 、查实情')).toEqual(['重实际 、查实情']);
  });
});
