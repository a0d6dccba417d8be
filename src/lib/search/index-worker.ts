import { parentPort, workerData } from 'node:worker_threads';
import { buildSearchIndex, type IndexInput } from './build-index.ts';

parentPort!.postMessage(buildSearchIndex(workerData as IndexInput));
