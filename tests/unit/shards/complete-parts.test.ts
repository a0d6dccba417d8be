import { describe, expect, it } from 'vitest';
import { completePartsOf } from '../../../src/lib/shards/complete-parts.ts';

const parts = (...list: [number, number][]) => list.map(([part, count]) => ({ part, parts: count }));
const same = <T>(item: T) => item;

describe('a complete set of parts', () => {
  it('is 1 … N in order, whatever order they were found in', () => {
    expect(completePartsOf(parts([3, 3], [1, 3], [2, 3]), same)).toEqual({ complete: parts([1, 3], [2, 3], [3, 3]) });
  });

  it('takes the smallest N that is complete when parts of several Ns lie side by side', () => {
    const found = parts([1, 4], [1, 2], [2, 2], [3, 4], [2, 4], [4, 4]);
    expect(completePartsOf(found, same)).toEqual({ complete: parts([1, 2], [2, 2]) });
  });

  it('says what the largest N found is missing, or that nothing was found', () => {
    expect(completePartsOf(parts([2, 2], [1, 4], [4, 4]), same)).toEqual({ parts: 4, missing: [2, 3] });
    expect(completePartsOf([], same)).toEqual({ parts: 0, missing: [] });
  });
});
