import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';
import { buildSearchIndex } from '../../../../src/lib/search/build/build-index.ts';
import {
  type MergeWorkerMessage,
  mergeIndexFolders,
  runMergeWorker,
} from '../../../../src/lib/search/build/merge-in-workers.ts';
import { buildParts, generatedIndexInput } from '../../../helpers/index-parts.ts';
import { tempDir } from '../../../helpers/temp-dir.ts';

const workerFile = new URL('../../../../src/lib/search/build/merge-worker.ts', import.meta.url);
const input = generatedIndexInput(60, 11);
const options = { bucketBytes: 256, fileBytes: 4096 };
const whole = buildSearchIndex(input, options).files;

/** Writes the parts to folders, as shard builds leave them. */
function partFolders(partCount: number) {
  const partOf = input.reports.map((_, index) => (index * 7) % partCount);
  const root = tempDir('merge-workers-');
  return buildParts(input, partOf, partCount, options).map(({ part, files }, index) => {
    const folder = join(root, `part-${index}`);
    mkdirSync(folder);
    for (const [name, bytes] of files) writeFileSync(join(folder, name), bytes);
    return { folder, positions: Int32Array.from(part.positions) };
  });
}

async function mergeInto(workers: number, chunkBuckets: number): Promise<Map<string, Buffer>> {
  const out = tempDir('merged-');
  await mergeIndexFolders(partFolders(3), input.facets, (name, bytes) => writeFileSync(join(out, name), bytes), {
    ...options,
    workers,
    chunkBuckets,
  });
  return new Map(readdirSync(out).map((name) => [name, readFileSync(join(out, name))]));
}

describe('merging index folders on worker threads', () => {
  it('writes the bytes one build of all reports gives, with chunks spread over several workers', async () => {
    expect(whole.size).toBeGreaterThan(4);
    for (const [workers, chunk] of [
      [1, 64],
      [2, 16],
      [3, 5],
    ] as const) {
      const merged = await mergeInto(workers, chunk);
      expect([...merged.keys()].sort(), `${workers} workers`).toEqual([...whole.keys()].sort());
      for (const [name, bytes] of whole)
        expect(Buffer.compare(merged.get(name)!, bytes), `${workers} × ${name}`).toBe(0);
    }
  }, 60_000);

  it('runs a worker that merges only its own chunks, one more each time it is given room', async () => {
    const parts = partFolders(2);
    const worker = new Worker(workerFile, {
      workerData: { parts, bucketBytes: 256, from: 0, to: 64, worker: 1, workers: 2, chunkBuckets: 4 },
    });
    const messages: MergeWorkerMessage[] = [];
    const exited = new Promise<number>((resolve) => worker.once('exit', resolve));
    worker.on('message', (message: MergeWorkerMessage) => messages.push(message));
    worker.postMessage('more');
    await vi.waitFor(() => expect(messages.length).toBeGreaterThan(0), { timeout: 20_000 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    // One chunk of room: exactly one chunk, its first own one, and no more until there is room again.
    expect(messages.map((message) => ('chunk' in message ? message.chunk : 'done'))).toEqual([1]);
    for (let credit = 0; credit < 1000; credit += 1) worker.postMessage('more');
    expect(await exited).toBe(0);
    const chunks = messages.flatMap((message) => ('chunk' in message ? [message.chunk] : []));
    expect(chunks.every((chunk) => chunk % 2 === 1)).toBe(true);
    expect(chunks).toEqual([...chunks].sort((a, b) => a - b));
    expect(messages.at(-1)).toMatchObject({ done: true, terms: expect.any(Number) });
  });

  it('merges a worker’s chunks on this thread too, waiting for room before each', async () => {
    const parts = partFolders(2);
    const sent: MergeWorkerMessage[] = [];
    let credits = 0;
    await runMergeWorker(
      { parts, bucketBytes: 256, from: 8, to: 64, worker: 0, workers: 3, chunkBuckets: 4 },
      async () => {
        credits += 1;
      },
      (message) => sent.push(message),
    );
    const chunks = sent.flatMap((message) => ('chunk' in message ? [message.chunk] : []));
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((chunk) => chunk % 3 === 0)).toBe(true);
    expect(credits).toBe(chunks.length);
    expect(sent.at(-1)).toMatchObject({ done: true });
  });
});
