import { describe, expect, it } from 'vitest';
import { deriveFoldPairs } from '../../../src/lib/text/fold-pairs.ts';
import { foldPairs } from '../../../src/lib/text/fold-table.ts';

describe('the generated fold table', () => {
  it('matches what OpenCC’s dictionaries give (run npm run generate:fold after upgrading opencc-js)', () => {
    expect(foldPairs).toBe(deriveFoldPairs());
  });

  it('pairs single characters, sorted, each mapped to a different one', () => {
    expect(foldPairs.length % 2).toBe(0);
    for (let index = 2; index < foldPairs.length; index += 2) {
      expect(foldPairs.charCodeAt(index)).toBeGreaterThan(foldPairs.charCodeAt(index - 2));
      expect(foldPairs[index]).not.toBe(foldPairs[index + 1]);
    }
  });
});
