import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { memorySource } from '../../../../src/lib/search/build/memory-source.ts';

describe('an index held in memory', () => {
  const files = new Map([['records-0.bin', Uint8Array.from([5, 6, 7, 8, 9])]]);
  const source = memorySource(files);

  it('serves whole files and byte ranges of them', async () => {
    expect([...(await source.file('records-0.bin'))]).toEqual([5, 6, 7, 8, 9]);
    expect([...(await source.range('records-0.bin', 1, 3))]).toEqual([6, 7, 8]);
  });

  it('undoes raw DEFLATE and names a file it does not have', async () => {
    const text = new TextEncoder().encode('教育局');
    expect(await source.inflate(deflateRawSync(text))).toEqual(text);
    await expect(source.file('meta.bin')).rejects.toThrow(/no file meta\.bin/);
  });
});
