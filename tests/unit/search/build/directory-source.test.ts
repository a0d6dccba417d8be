import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { directorySource, findIndexDirectory } from '../../../../src/lib/search/build/directory-source.ts';
import { tempDir } from '../../../helpers/temp-dir.ts';

describe('finding a built index', () => {
  it('finds the version folder that holds a manifest, and nothing in a site without one', () => {
    const site = tempDir('site-');
    expect(findIndexDirectory(site)).toBeUndefined();
    mkdirSync(join(site, 'search-index', 'empty'), { recursive: true });
    mkdirSync(join(site, 'search-index', '0123456789ab'), { recursive: true });
    writeFileSync(join(site, 'search-index', '0123456789ab', 'manifest.json'), '{}');
    expect(findIndexDirectory(site)).toBe(join(site, 'search-index', '0123456789ab'));
  });
});

describe('reading an index from disk', () => {
  it('reads whole files, byte ranges, and undoes raw DEFLATE', async () => {
    const folder = tempDir('index-');
    writeFileSync(
      join(folder, 'postings-0.bin'),
      Uint8Array.from({ length: 100 }, (_, index) => index),
    );
    const source = directorySource(folder);
    expect((await source.file('postings-0.bin')).length).toBe(100);
    expect([...(await source.range('postings-0.bin', 10, 5))]).toEqual([10, 11, 12, 13, 14]);
    const text = new TextEncoder().encode('检索索引');
    expect(await source.inflate(deflateRawSync(text))).toEqual(text);
    await expect(source.file('missing.bin')).rejects.toThrow();
  });
});
