import { parentPort, workerData } from 'node:worker_threads';
import { type MergeWorkerData, runMergeWorker } from './merge-in-workers.ts';

let credits = 0;
let waiting: (() => void) | undefined;
parentPort!.on('message', () => {
  credits += 1;
  waiting?.();
  waiting = undefined;
});

await runMergeWorker(
  workerData as MergeWorkerData,
  () =>
    new Promise<void>((resolve) => {
      if (credits > 0) {
        credits -= 1;
        resolve();
      } else
        waiting = () => {
          credits -= 1;
          resolve();
        };
    }),
  (message) => parentPort!.postMessage(message),
);
parentPort!.close();
