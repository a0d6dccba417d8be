import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FacetValueTable, SearchManifest } from '../format.ts';
import type { IndexPart } from './index-part.ts';
import { type MergeStats, mergeBucketRange, type OpenMerge, openMerge, packMerged } from './merge-indexes.ts';

/** A shard's index on disk, with its reports' positions in the merged order. */
export interface IndexFolder {
  folder: string;
  positions: Int32Array;
}

/** What a merge worker is given: every part, the buckets being merged and which chunks of them are its own. */
export interface MergeWorkerData {
  parts: IndexFolder[];
  bucketBytes: number | undefined;
  /** The buckets being merged, `from` … `to` − 1, in chunks of `chunkBuckets` counted from `from`. */
  from: number;
  to: number;
  worker: number;
  workers: number;
  chunkBuckets: number;
}

/** A chunk of merged buckets from a worker, or the worker's last word. */
export type MergeWorkerMessage = { chunk: number; buckets: Uint8Array[] } | { done: true; terms: number };

function partsOf(folders: readonly IndexFolder[]): IndexPart[] {
  return folders.map(({ folder, positions }) => ({
    readFile: (name: string) => readFileSync(join(folder, name)),
    positions,
  }));
}

/** Chunks a worker may have merged ahead of the one being emitted: bounds what waits in memory. */
const chunksAhead = 2;

interface WorkerOptions {
  bucketBytes?: number;
  workers?: number;
  chunkBuckets?: number;
}

/** Opens the merge of index folders, for mergeBucketsOfFolders and packMerged. */
export function openFolderMerge(folders: readonly IndexFolder[], bucketBytes?: number): OpenMerge {
  return openMerge(partsOf(folders), bucketBytes);
}

/**
 * Merges the buckets `from` … `to` − 1 of an opened merge of index folders on
 * worker threads, handing each bucket's bytes to `emit` in order: chunk c of
 * `chunkBuckets` buckets goes to worker c mod W, and chunks are emitted in
 * order as they arrive, so the bytes are the same as one thread gives. Where
 * workers cannot start, or there is one core, it merges on this thread.
 */
export async function mergeBucketsOfFolders(
  folders: readonly IndexFolder[],
  merge: OpenMerge,
  range: { from: number; to: number },
  emit: (bucket: Uint8Array) => void,
  options: WorkerOptions = {},
): Promise<void> {
  const { workers = availableParallelism(), chunkBuckets = 256 } = options;
  const count = Math.min(workers, Math.ceil((range.to - range.from) / chunkBuckets));
  const threads = count > 1 ? startWorkers(folders, range, count, chunkBuckets, options.bucketBytes) : undefined;
  if (!threads) {
    mergeBucketRange(merge, range.from, range.to, emit);
    return;
  }
  const arrived = new Map<number, Uint8Array[]>();
  let next = 0;
  await new Promise<void>((resolve, reject) => {
    let finished = 0;
    threads.forEach((thread) => {
      thread.on('message', (message: MergeWorkerMessage) => {
        if ('done' in message) {
          merge.terms += message.terms;
          finished += 1;
          if (finished === count) resolve();
          return;
        }
        arrived.set(message.chunk, message.buckets);
        while (arrived.has(next)) {
          for (const bytes of arrived.get(next)!) emit(bytes);
          arrived.delete(next);
          threads[next % count]!.postMessage('more');
          next += 1;
        }
      });
      thread.on('error', reject);
      thread.on('exit', (code) => {
        if (code !== 0) reject(new Error(`合并检索索引的线程异常退出（${code}）`));
      });
      for (let credit = 0; credit < chunksAhead; credit += 1) thread.postMessage('more');
    });
  }).finally(() => Promise.all(threads.map((thread) => thread.terminate())));
}

/** mergeSearchIndexes over index folders, with the buckets merged on worker threads. */
export async function mergeIndexFolders(
  folders: readonly IndexFolder[],
  facets: FacetValueTable[],
  write: (name: string, bytes: Uint8Array) => void,
  options: WorkerOptions & { fileBytes?: number } = {},
): Promise<{ manifest: SearchManifest; stats: MergeStats }> {
  const merge = openFolderMerge(folders, options.bucketBytes);
  const packer = packMerged(merge, write, options.fileBytes);
  await mergeBucketsOfFolders(folders, merge, { from: 0, to: merge.buckets }, packer.add, options);
  return packer.finish(facets);
}

function startWorkers(
  folders: readonly IndexFolder[],
  range: { from: number; to: number },
  count: number,
  chunkBuckets: number,
  bucketBytes: number | undefined,
): Worker[] | undefined {
  const threads: Worker[] = [];
  try {
    for (let worker = 0; worker < count; worker += 1) {
      const workerData: MergeWorkerData = {
        parts: [...folders],
        bucketBytes,
        ...range,
        worker,
        workers: count,
        chunkBuckets,
      };
      threads.push(new Worker(new URL('./merge-worker.ts', import.meta.url), { workerData }));
    }
    return threads;
  } catch {
    for (const thread of threads) void thread.terminate();
    return undefined;
  }
}

/** Merges a worker's chunks in order, each after the main thread has room for it. */
export async function runMergeWorker(
  data: MergeWorkerData,
  nextCredit: () => Promise<void>,
  send: (message: MergeWorkerMessage) => void,
): Promise<void> {
  const merge = openMerge(partsOf(data.parts), data.bucketBytes);
  const chunks = Math.ceil((data.to - data.from) / data.chunkBuckets);
  for (let chunk = data.worker; chunk < chunks; chunk += data.workers) {
    await nextCredit();
    const buckets: Uint8Array[] = [];
    const from = data.from + chunk * data.chunkBuckets;
    mergeBucketRange(merge, from, Math.min(data.to, from + data.chunkBuckets), (bytes) => buckets.push(bytes));
    send({ chunk, buckets });
  }
  send({ done: true, terms: merge.terms });
}
