import { describe, expect, it } from 'vitest';
import { findLongLines, isLineChecked } from '../../../scripts/lint/long-lines.ts';

describe('findLongLines', () => {
  it('counts characters, so a line of Han text is measured as read, not as UTF-8 bytes', () => {
    const han = '教'.repeat(50);
    expect(findLongLines(han, 50)).toEqual([]);
    expect(findLongLines(`${han}育`, 50)).toEqual([{ line: 1, length: 51 }]);
  });

  it('numbers lines from one and ignores a carriage return at the end', () => {
    expect(findLongLines(`short\r\n${'x'.repeat(11)}\r\nshort`, 10)).toEqual([{ line: 2, length: 11 }]);
  });
});

describe('isLineChecked', () => {
  it('checks code, styles and settings', () => {
    for (const path of [
      'src/lib/text/fold.ts',
      'src/pages/index.astro',
      'src/styles/global.css',
      'biome.jsonc',
      '.ci/run',
    ])
      expect(isLineChecked(path), path).toBe(true);
  });

  it('leaves data alone: fixtures, content, generated tables, prose and the lockfile', () => {
    for (const path of [
      'tests/fixtures/importer/gallery/a.html',
      'content/reports/a.md',
      'src/lib/text/fold-table.ts',
      'README.md',
      'package-lock.json',
    ])
      expect(isLineChecked(path), path).toBe(false);
  });
});
