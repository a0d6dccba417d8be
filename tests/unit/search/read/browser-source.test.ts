import { deflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserSource } from '../../../../src/lib/search/read/browser-source.ts';

const postings = Uint8Array.from({ length: 64 }, (_, index) => index);

/** A static host serving one file, honouring Range headers or not; it notes every request. */
function host({ ranges }: { ranges: boolean }) {
  const requests: { url: string; range: string | null; cache?: RequestCache }[] = [];
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    const range = new Headers(init?.headers).get('Range');
    requests.push({ url, range, ...(init?.cache ? { cache: init.cache } : {}) });
    if (!url.endsWith('/postings-0.bin')) return new Response('not found', { status: 404 });
    const asked = range && ranges ? /^bytes=(\d+)-(\d+)$/.exec(range) : null;
    if (!asked) return new Response(postings, { status: 200 });
    return new Response(postings.slice(Number(asked[1]), Number(asked[2]) + 1), { status: 206 });
  });
  vi.stubGlobal('fetch', fetch);
  return requests;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('reading the index over HTTP', () => {
  it('asks for byte ranges under the index folder, past the HTTP cache, and whole files through it', async () => {
    const requests = host({ ranges: true });
    const source = browserSource('/search-index/abc/');
    expect([...(await source.range('postings-0.bin', 10, 4))]).toEqual([10, 11, 12, 13]);
    expect((await source.file('postings-0.bin')).length).toBe(64);
    expect(requests).toEqual([
      { url: '/search-index/abc/postings-0.bin', range: 'bytes=10-13', cache: 'no-store' },
      { url: '/search-index/abc/postings-0.bin', range: null },
    ]);
  });

  it('keeps the whole file from a host that ignores ranges, and slices it for every later range', async () => {
    const requests = host({ ranges: false });
    const source = browserSource('/i/');
    const [a, b] = await Promise.all([source.range('postings-0.bin', 0, 2), source.range('postings-0.bin', 30, 3)]);
    expect([...a]).toEqual([0, 1]);
    expect([...b]).toEqual([30, 31, 32]);
    expect([...(await source.range('postings-0.bin', 60, 4))]).toEqual([60, 61, 62, 63]);
    expect(requests.length).toBe(2);
  });

  it('names the file and the status when the host refuses', async () => {
    host({ ranges: true });
    const source = browserSource('/i/');
    await expect(source.file('meta.bin')).rejects.toThrow('检索索引文件 meta.bin 无法读取（404）');
    await expect(source.range('meta.bin', 0, 1)).rejects.toThrow('检索索引文件 meta.bin 无法读取（404）');
  });

  it('undoes raw DEFLATE with the browser’s DecompressionStream', async () => {
    const text = new TextEncoder().encode('全县教育系统'.repeat(20));
    expect(await browserSource('/i/').inflate(deflateRawSync(text))).toEqual(text);
  });
});
