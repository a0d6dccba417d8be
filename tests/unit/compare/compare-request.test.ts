import { describe, expect, it } from 'vitest';
import { compareRequestOf, slugFromInput } from '../../../src/lib/compare/compare-request.ts';

describe('what a compare page is asked for', () => {
  it('takes slugs, and report or section addresses pasted whole', () => {
    expect(slugFromInput('dongshan-2021-summary')).toBe('dongshan-2021-summary');
    expect(slugFromInput('  Dongshan-2021-Summary ')).toBe('dongshan-2021-summary');
    expect(slugFromInput('https://archive.example.org/reports/dongshan-2021-summary/')).toBe('dongshan-2021-summary');
    expect(slugFromInput('https://archive.example.org/sub/reports/dongshan-2021-summary/#intro')).toBe(
      'dongshan-2021-summary',
    );
    expect(slugFromInput('/reports/xishan-2019-plan/?hl=网络#yi-tui-jin')).toBe('xishan-2019-plan');
    expect(slugFromInput('reports/xishan-2019-plan')).toBe('xishan-2019-plan');
  });

  it('refuses anything that is not a report’s slug, so nothing unexpected is fetched', () => {
    for (const input of ['', null, undefined, '../admin', 'a b', 'https://evil.example/x', '%E0%A4%A', '报告', 'a--b'])
      expect(slugFromInput(input)).toBeNull();
  });

  it('reads both sides from the query', () => {
    expect(compareRequestOf('?a=xishan-2019-plan&b=https%3A%2F%2Fx.org%2Freports%2Fdongshan-2021-summary%2F')).toEqual({
      a: 'xishan-2019-plan',
      b: 'dongshan-2021-summary',
    });
    expect(compareRequestOf('?a=xishan-2019-plan')).toEqual({ a: 'xishan-2019-plan', b: null });
    expect(compareRequestOf('')).toEqual({ a: null, b: null });
  });
});
