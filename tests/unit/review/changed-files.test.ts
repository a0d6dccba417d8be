import { describe, expect, it } from 'vitest';
import { parseNameStatus } from '../../../src/lib/review/changed-files.ts';

describe('reading git diff --name-status -z', () => {
  it('gives each file its status, and a rename both paths', () => {
    const output = [
      'A',
      'content/reports/2020/a.md',
      'M',
      'content/reports/b.md',
      'D',
      'content/reports/c.md',
      'R087',
      'content/reports/d.md',
      'content/reports/2021/d.md',
      'C100',
      'content/reports/e.md',
      'content/reports/f.md',
      '',
    ].join('\0');
    expect(parseNameStatus(output)).toEqual([
      { status: 'added', path: 'content/reports/2020/a.md' },
      { status: 'changed', path: 'content/reports/b.md' },
      { status: 'removed', path: 'content/reports/c.md' },
      { status: 'renamed', path: 'content/reports/2021/d.md', from: 'content/reports/d.md' },
      { status: 'added', path: 'content/reports/f.md' },
    ]);
  });

  it('keeps paths with spaces and Chinese names intact', () => {
    expect(parseNameStatus('A\0content/reports/新 报告.md\0')).toEqual([
      { status: 'added', path: 'content/reports/新 报告.md' },
    ]);
  });

  it('reads an empty diff as no changes', () => {
    expect(parseNameStatus('')).toEqual([]);
  });
});
