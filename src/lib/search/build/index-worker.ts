import { parentPort, workerData } from 'node:worker_threads';
import { buildSearchIndex } from './build-index.ts';
import { movableBuffers } from './build-in-worker.ts';
import type { IndexInput } from './index-input.ts';

const built = buildSearchIndex(workerData as IndexInput);
parentPort!.postMessage(built, movableBuffers(built));
