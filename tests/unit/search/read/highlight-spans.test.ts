import { describe, expect, it } from 'vitest';
import { findTerm, matchAll, mergeSpans } from '../../../../src/lib/search/read/highlight-spans.ts';
import { foldText } from '../../../../src/lib/text/fold.ts';

describe('matching terms in folded text', () => {
  it('finds every occurrence, across scripts', () => {
    expect(findTerm(foldText('教師與教师'), '教师')).toEqual([
      [0, 2],
      [3, 5],
    ]);
  });

  it('matches Latin letters and digits as whole words', () => {
    expect(findTerm('2020年与12020人', '2020')).toEqual([[0, 4]]);
    expect(findTerm('gps定位,gpsx,agps', 'gps')).toEqual([[0, 3]]);
    expect(findTerm('投入2020年', '2020年')).toEqual([[2, 7]]);
    expect(findTerm('12020年', '2020年')).toEqual([]);
    expect(findTerm('5g网络', '5g')).toEqual([[0, 2]]);
  });

  it('requires every term and merges overlapping spans', () => {
    expect(
      matchAll('校园足球与足球', [
        { text: '足球', folded: '足球' },
        { text: '校园足', folded: '校园足' },
      ]),
    ).toEqual([
      [0, 4],
      [5, 7],
    ]);
    expect(matchAll('校园', [{ text: '足球', folded: '足球' }])).toBeNull();
    expect(
      mergeSpans([
        [5, 7],
        [0, 2],
        [1, 3],
      ]),
    ).toEqual([
      [0, 3],
      [5, 7],
    ]);
  });
});
