import { describe, expect, it } from 'vitest';
import { keepUnlessFailed } from '../../../../src/lib/search/read/keep-unless-failed.ts';

describe('a cache of downloads', () => {
  it('keeps a download that succeeds, so the next query reuses it', async () => {
    const cache = new Map<string, Promise<number>>();
    const download = Promise.resolve(7);
    keepUnlessFailed(cache, 'a', download);
    await download;
    expect(cache.get('a')).toBe(download);
  });

  it('forgets a download that fails, so the next query tries again', async () => {
    const cache = new Map<string, Promise<number>>();
    const download = Promise.reject(new Error('connection dropped'));
    keepUnlessFailed(cache, 'a', download);
    expect(cache.has('a')).toBe(true);
    await expect(download).rejects.toThrow('connection dropped');
    expect(cache.has('a')).toBe(false);
  });
});
