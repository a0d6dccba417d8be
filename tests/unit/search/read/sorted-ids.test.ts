import { describe, expect, it } from 'vitest';
import { holds, lowerBound } from '../../../../src/lib/search/read/sorted-ids.ts';

describe('ascending id lists', () => {
  const ids = Int32Array.of(2, 5, 5, 9, 40);

  it('find the first place whose id is at least the one asked for', () => {
    expect([0, 2, 3, 5, 6, 9, 40, 41].map((id) => lowerBound(ids, id))).toEqual([0, 0, 1, 1, 3, 3, 4, 5]);
    expect(lowerBound(new Int32Array(), 7)).toBe(0);
  });

  it('say whether they hold an id', () => {
    expect([2, 5, 9, 40].every((id) => holds(ids, id))).toBe(true);
    expect([0, 3, 10, 41].some((id) => holds(ids, id))).toBe(false);
    expect(holds(new Int32Array(), 0)).toBe(false);
  });
});
