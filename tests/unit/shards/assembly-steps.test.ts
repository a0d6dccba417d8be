import { afterEach, describe, expect, it, vi } from 'vitest';
import { combineAssembly, mergeIndexSlice, parseSliceOption } from '../../../src/lib/shards/assembly-steps.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the assembly in steps', () => {
  it('reads K/N with 1 ≤ K ≤ N', () => {
    expect(parseSliceOption('2/4')).toEqual({ slice: 2, slices: 4 });
    expect(parseSliceOption(' 1/1 ')).toEqual({ slice: 1, slices: 1 });
    for (const wrong of ['0/4', '5/4', '2', '2/', 'a/b', '-1/4', '1/4/2'])
      expect(parseSliceOption(wrong), wrong).toBe(undefined);
  });

  it('runs only as part of an assembly', async () => {
    vi.stubEnv('ARCHIVE_ASSEMBLE', '');
    await expect(mergeIndexSlice(1, 2)).rejects.toThrow(/ARCHIVE_ASSEMBLE/);
    await expect(combineAssembly()).rejects.toThrow(/ARCHIVE_ASSEMBLE/);
  });
});
