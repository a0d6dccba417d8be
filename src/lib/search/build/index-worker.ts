import { parentPort, workerData } from 'node:worker_threads';
import { buildSearchIndex } from './build-index.ts';
import type { IndexInput } from './index-input.ts';

const built = buildSearchIndex(workerData as IndexInput);
// The files move to the main thread instead of being copied, which would hold a shard's index twice at the build's
// peak. Small buffers may be slices of Node's shared pool, which must not be moved; they are copied.
const movable = new Set(
  [...built.files.values()]
    .filter((bytes) => bytes.byteLength >= 1 << 16 && bytes.buffer.byteLength === bytes.byteLength)
    .map((bytes) => bytes.buffer as ArrayBuffer),
);
parentPort!.postMessage(built, [...movable]);
