import { Worker } from 'node:worker_threads';
import { buildSearchIndex, type BuiltIndex } from './build-index.ts';
import type { IndexInput } from './index-input.ts';

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
