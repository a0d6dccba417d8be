import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import type { FacetValueTable, SearchManifest } from '../format.ts';
import { type IndexFolder, mergeBucketsOfFolders, openFolderMerge } from './merge-in-workers.ts';
import { type MergeStats, packMerged } from './merge-indexes.ts';

/** Raise when slice.json or buckets.bin change meaning: older slices are then refused. */
export const sliceFormatVersion = 1;
const sliceFile = 'slice.json';
const bucketsFile = 'buckets.bin';

/**
 * A slice is the merged buckets from … to − 1, merged by one job so the
 * slices of a big archive can be merged on several machines at once. Its
 * folder holds buckets.bin (the buckets' compressed bytes, one after another)
 * and slice.json, this.
 */
export interface SliceManifest {
  format: number;
  /** The merged index's version folder name: a slice merged for other reports or code is not used. */
  version: string;
  /** Which slice, 1 … slices. */
  slice: number;
  slices: number;
  /** The merged index's bucket count; the slice holds buckets from … to − 1. */
  buckets: number;
  from: number;
  to: number;
  /** Distinct terms in the slice's buckets. */
  terms: number;
  /** Each bucket's length in buckets.bin, in order. */
  lengths: number[];
}

interface WorkerOptions {
  bucketBytes?: number;
  workers?: number;
  chunkBuckets?: number;
}

/** Slice k of n (from 1) of `buckets` buckets: contiguous and about equal, so n slices cover every bucket once. */
export function bucketRangeOf(buckets: number, slice: number, slices: number): { from: number; to: number } {
  return { from: Math.floor((buckets * (slice - 1)) / slices), to: Math.floor((buckets * slice) / slices) };
}

/** The folder name of slice k of n. */
export function sliceFolderName(slice: number, slices: number): string {
  return `${slice}-of-${slices}`;
}

/** Merges one slice of the buckets into `folder`, streaming them to disk as they are merged. */
export async function writeMergeSlice(
  folders: readonly IndexFolder[],
  target: { slice: number; slices: number; version: string; folder: string },
  options: WorkerOptions = {},
): Promise<SliceManifest & { bytes: number }> {
  const merge = openFolderMerge(folders, options.bucketBytes);
  const range = bucketRangeOf(merge.buckets, target.slice, target.slices);
  mkdirSync(target.folder, { recursive: true });
  const lengths: number[] = [];
  let bytes = 0;
  const handle = openSync(join(target.folder, bucketsFile), 'w');
  try {
    await mergeBucketsOfFolders(
      folders,
      merge,
      range,
      (bucket) => {
        writeSync(handle, bucket);
        lengths.push(bucket.length);
        bytes += bucket.length;
      },
      options,
    );
  } finally {
    closeSync(handle);
  }
  const manifest: SliceManifest = {
    format: sliceFormatVersion,
    version: target.version,
    slice: target.slice,
    slices: target.slices,
    buckets: merge.buckets,
    ...range,
    terms: merge.terms,
    lengths,
  };
  // Written last: a slice without its manifest is an interrupted one, and is not found.
  writeFileSync(join(target.folder, sliceFile), JSON.stringify(manifest));
  return { ...manifest, bytes };
}

/** Every finished slice under `dir` (any version or count), with its folder. */
export function findMergeSlices(dir: string): (SliceManifest & { folder: string })[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, sliceFile)))
    .map((entry) => {
      const folder = join(dir, entry.name);
      return { ...(JSON.parse(readFileSync(join(folder, sliceFile), 'utf8')) as SliceManifest), folder };
    });
}

/**
 * The merged index from its slices, given in order: the buckets are packed
 * into postings files as one merge would pack them, then the records and
 * tables follow, so the files are the same bytes as mergeSearchIndexes gives.
 */
export function packMergeSlices(
  folders: readonly IndexFolder[],
  slices: readonly (SliceManifest & { folder: string })[],
  facets: FacetValueTable[],
  write: (name: string, bytes: Uint8Array) => void,
  options: { bucketBytes?: number; fileBytes?: number } = {},
): { manifest: SearchManifest; stats: MergeStats } {
  const merge = openFolderMerge(folders, options.bucketBytes);
  const packer = packMerged(merge, write, options.fileBytes);
  let next = 0;
  for (const slice of slices) {
    if (slice.buckets !== merge.buckets || slice.from !== next) {
      throw new Error(
        `检索索引的第 ${slice.slice} 段（共 ${slice.slices} 段）是第 ${slice.from}–${slice.to - 1} 个桶（共 ${slice.buckets} 个），` +
          `这里要的是从第 ${next} 个起（共 ${merge.buckets} 个）`,
      );
    }
    const handle = openSync(join(slice.folder, bucketsFile), 'r');
    try {
      let offset = 0;
      for (const length of slice.lengths) {
        const bucket = new Uint8Array(length);
        if (readSync(handle, bucket, 0, length, offset) !== length) {
          throw new Error(
            `检索索引的第 ${slice.slice} 段不完整：${join(slice.folder, bucketsFile)} 比 slice.json 说的短`,
          );
        }
        offset += length;
        packer.add(bucket);
      }
    } finally {
      closeSync(handle);
    }
    merge.terms += slice.terms;
    next = slice.to;
  }
  if (next !== merge.buckets) throw new Error(`检索索引的各段只到第 ${next} 个桶，共 ${merge.buckets} 个`);
  return packer.finish(facets);
}
