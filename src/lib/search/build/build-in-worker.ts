import { Worker } from 'node:worker_threads';
import { buildSearchIndex, type BuiltIndex } from './build-index.ts';
import type { IndexInput } from './index-input.ts';

/**
 * The buffers of the built files that can move to the main thread instead of
 * being copied, which would hold a shard's index twice at the build's peak.
 * Small buffers may be slices of Node's shared pool, which must not move.
 */
export function movableBuffers(built: BuiltIndex): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const bytes of built.files.values())
    if (bytes.byteLength >= 1 << 16 && bytes.buffer.byteLength === bytes.byteLength)
      buffers.add(bytes.buffer as ArrayBuffer);
  return [...buffers];
}

/**
 * Builds the index on a second thread, so a build can render pages while the
 * index is made. Where workers cannot load the module it builds in this thread.
 */
export async function buildInWorker(input: IndexInput): Promise<BuiltIndex> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./index-worker.ts', import.meta.url), { workerData: input });
  } catch {
    return buildSearchIndex(input);
  }
  return new Promise((resolve, reject) => {
    worker.once('message', (built: BuiltIndex) => {
      resolve(built);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`检索索引线程异常退出（${code}）`));
    });
  });
}
