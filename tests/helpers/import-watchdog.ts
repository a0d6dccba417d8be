import { once } from 'node:events';
import { Worker } from 'node:worker_threads';

/**
 * What became of one importBytes call. `ms` is the call's wall time, not the trip to the worker;
 * `cpuMs` is the CPU time the worker's thread spent on it, which other processes on a busy machine do not inflate.
 */
export type PageResult =
  | { outcome: 'ok'; ms: number; cpuMs: number; reports: number; withFrontMatter: number }
  | { outcome: 'failed'; ms: number; cpuMs: number; error: string }
  | { outcome: 'threw'; ms: number; cpuMs: number; error: string }
  | { outcome: 'timed-out'; ms: number }
  | { outcome: 'worker-died'; ms: number; error: string };

export interface ImportWatchdog {
  run(bytes: Uint8Array): Promise<PageResult>;
  close(): Promise<void>;
}

/**
 * Runs importBytes in a worker thread. A synchronous call that never returns
 * would freeze the test runner itself, so a page still running after
 * `deadlineMs` is stopped with its worker, and the next page gets a new one.
 */
export function importWatchdog(deadlineMs: number): ImportWatchdog {
  let current: Promise<Worker> | undefined;

  async function start(): Promise<Worker> {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url));
    // The worker says it is ready once the importer is loaded, so loading never counts against a page's deadline.
    await once(worker, 'message');
    return worker;
  }

  return {
    async run(bytes) {
      current ??= start();
      const worker = await current;
      const started = performance.now();
      return new Promise((resolve) => {
        const settle = (result: PageResult, discard: boolean) => {
          clearTimeout(timer);
          worker.off('message', onMessage).off('error', onError).off('exit', onExit);
          if (discard) {
            current = undefined;
            void worker.terminate();
          }
          resolve(result);
        };
        const onMessage = (result: PageResult) => settle(result, false);
        const onError = (error: Error) =>
          settle(
            { outcome: 'worker-died', ms: performance.now() - started, error: error.stack ?? error.message },
            true,
          );
        const onExit = (code: number) =>
          settle(
            { outcome: 'worker-died', ms: performance.now() - started, error: `worker exited with code ${code}` },
            true,
          );
        const timer = setTimeout(
          () => settle({ outcome: 'timed-out', ms: performance.now() - started }, true),
          deadlineMs,
        );
        worker.on('message', onMessage).on('error', onError).on('exit', onExit);
        worker.postMessage(bytes);
      });
    },
    async close() {
      const worker = current;
      current = undefined;
      await (await worker)?.terminate();
    },
  };
}
