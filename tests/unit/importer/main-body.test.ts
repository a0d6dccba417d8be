import { describe, expect, it } from 'vitest';
import { densestRun } from '../../../src/lib/importer/main-body.ts';

describe('the densest run of weights', () => {
  it('is the run with the greatest total, leaving out negative lines at its edges', () => {
    expect(densestRun([-3, 40, 6, 45, -12, -12, 2])).toEqual({ start: 1, end: 3 });
  });

  it('carries a chrome line between two blocks of prose when both outweigh it', () => {
    expect(densestRun([40, -15, 45])).toEqual({ start: 0, end: 2 });
  });

  it('drops a small block that a list of links cuts off from the main one', () => {
    // The small block (10) cannot pay for the links (-36) that separate it from the main block.
    expect(densestRun([120, 6, 80, -12, -12, -12, 10])).toEqual({ start: 0, end: 2 });
    expect(densestRun([10, -12, -12, -12, 120, 6, 80])).toEqual({ start: 4, end: 6 });
  });

  it('keeps the first of two runs of equal weight', () => {
    expect(densestRun([30, -50, 30])).toEqual({ start: 0, end: 0 });
  });

  it('is undefined when nothing weighs for a body', () => {
    expect(densestRun([-3, -12, -15])).toBeUndefined();
    expect(densestRun([0, 0])).toBeUndefined();
    expect(densestRun([])).toBeUndefined();
  });
});
