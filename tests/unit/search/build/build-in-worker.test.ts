import { describe, expect, it } from 'vitest';
import { buildInWorker, movableBuffers } from '../../../../src/lib/search/build/build-in-worker.ts';
import { buildSearchIndex } from '../../../../src/lib/search/build/build-index.ts';
import { indexInputOf } from '../../../../src/lib/search/build/index-input.ts';
import { loadFixtureArchive } from '../../../helpers/temp-archive.ts';

/** File contents as plain byte arrays: a build in this thread gives Buffers, one from a worker Uint8Arrays. */
const bytesOf = (files: Map<string, Uint8Array>) =>
  new Map([...files].map(([name, bytes]) => [name, new Uint8Array(bytes)]));

describe('building on a worker thread', () => {
  it('gives the files and manifest of a build in this thread', async () => {
    const archive = await loadFixtureArchive();
    const input = indexInputOf(archive);
    const [inWorker, here] = [await buildInWorker(input), buildSearchIndex(input)];
    expect(bytesOf(inWorker.files)).toEqual(bytesOf(here.files));
    expect(inWorker.manifest).toEqual(here.manifest);
    expect(inWorker.stats.terms).toBe(here.stats.terms);
  });

  it('moves the big files whole and copies small ones, which may share a pool', () => {
    const own = new Uint8Array(1 << 16);
    const big = new Uint8Array(1 << 17);
    const pooled = Buffer.from('小的');
    const view = big.subarray(0, 1 << 16);
    const built = {
      files: new Map<string, Uint8Array>([
        ['postings-0.bin', own],
        ['records-0.bin', big],
        ['manifest.json', pooled],
        ['view.bin', view],
      ]),
    } as Parameters<typeof movableBuffers>[0];
    expect(movableBuffers(built)).toEqual([own.buffer, big.buffer]);
  });
});
