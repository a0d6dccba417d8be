import { describe, expect, it } from 'vitest';
import { langOfScript } from '../../../src/lib/format/lang.ts';

describe('the lang of a report’s text', () => {
  it('marks Traditional text only, the pages themselves being zh-CN', () => {
    expect(langOfScript('zh-Hant')).toBe('zh-Hant');
    expect(langOfScript('zh-Hans')).toBeUndefined();
  });
});
