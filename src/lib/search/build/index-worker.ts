import { parentPort, workerData } from 'node:worker_threads';
import { buildSearchIndex } from './build-index.ts';
import type { IndexInput } from './index-input.ts';

parentPort!.postMessage(buildSearchIndex(workerData as IndexInput));
