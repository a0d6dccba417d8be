import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { BuiltIndex } from '../../../../src/lib/search/build/build-index.ts';
import { indexInputOf } from '../../../../src/lib/search/build/index-input.ts';
import { loadFixtureArchive } from '../../../helpers/temp-archive.ts';

const workerFile = new URL('../../../../src/lib/search/build/index-worker.ts', import.meta.url);

describe('the index worker', () => {
  it('posts the index of the input it was started with, and exits', async () => {
    const archive = await loadFixtureArchive();
    const worker = new Worker(workerFile, { workerData: indexInputOf(archive) });
    const exited = new Promise<number>((resolve) => worker.once('exit', resolve));
    const built = await new Promise<BuiltIndex>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    expect(built.manifest.reports).toBe(archive.reports.length);
    expect(built.files.get('manifest.json')).toBeInstanceOf(Uint8Array);
    expect(await exited).toBe(0);
  });
});
