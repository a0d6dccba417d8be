import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalogue } from '../archive/types.ts';
import { indexFacetsOf } from '../search/build/index-input.ts';
import { type IndexFolder, mergeIndexFolders } from '../search/build/merge-in-workers.ts';
import type { MergeStats } from '../search/build/merge-indexes.ts';
import {
  findMergeSlices,
  packMergeSlices,
  type SliceManifest,
  sliceFolderName,
  writeMergeSlice,
} from '../search/build/merge-slices.ts';
import { completePartsOf } from './complete-parts.ts';
import type { ShardManifest } from './shard-manifest.ts';
import { ShardError, shardIndexFolder } from './shard-manifest.ts';

type MergeResult = MergeStats & { parts: number; bytes: number };

/** Each shard's index folder, with its reports' places in the national order. */
function indexFoldersOf(catalogue: Catalogue, manifests: readonly ShardManifest[], shardsDir: string): IndexFolder[] {
  const position = new Map(catalogue.reports.map((report, index) => [report.slug, index]));
  return manifests.map((manifest) => ({
    folder: join(shardsDir, manifest.id, shardIndexFolder),
    positions: Int32Array.from(manifest.reports, (report) => position.get(report.slug)!),
  }));
}

/** Writes files into `folder`, counting their bytes. */
function writerInto(folder: string): { write: (name: string, data: Uint8Array) => void; bytes: () => number } {
  let bytes = 0;
  return {
    write: (name, data) => {
      writeFileSync(join(folder, name), data);
      bytes += data.length;
    },
    bytes: () => bytes,
  };
}

/**
 * The national search index, merged from the index parts of every shard into
 * `folder`: the same files, byte for byte, as one build over all reports.
 */
export async function mergeShardIndexes(
  catalogue: Catalogue,
  manifests: readonly ShardManifest[],
  shardsDir: string,
  folder: string,
): Promise<MergeResult> {
  const folders = indexFoldersOf(catalogue, manifests, shardsDir);
  const out = writerInto(folder);
  const { stats } = await mergeIndexFolders(folders, indexFacetsOf(catalogue).facets, out.write);
  return { ...stats, parts: folders.length, bytes: out.bytes() };
}

/** Slice k of n of the national index's buckets, merged into `<slicesDir>/<k>-of-<n>/` for packMergedSlices. */
export async function mergeShardIndexSlice(
  catalogue: Catalogue,
  manifests: readonly ShardManifest[],
  dirs: { shardsDir: string; slicesDir: string },
  target: { slice: number; slices: number; version: string },
): Promise<SliceManifest & { bytes: number; folder: string }> {
  const folder = join(dirs.slicesDir, sliceFolderName(target.slice, target.slices));
  const slice = await writeMergeSlice(indexFoldersOf(catalogue, manifests, dirs.shardsDir), { ...target, folder });
  return { ...slice, folder };
}

/** The complete set of slices merged for this version, in order; a ShardError says which are missing. */
export function indexSlicesFor(slicesDir: string, version: string): (SliceManifest & { folder: string })[] {
  const found = findMergeSlices(slicesDir).filter((slice) => slice.version === version);
  const set = completePartsOf(found, (slice) => ({ part: slice.slice, parts: slice.slices }));
  if (set.complete) return set.complete;
  const command = (slice: number, slices: number) => `npm run assemble -- --index-slice ${slice}/${slices}`;
  if (set.parts === 0) {
    throw new ShardError(
      `${slicesDir} 里没有为这一版档案合并的检索索引分段。先运行 ${command(1, 1)}（或分成 N 段：--index-slice 1/N … N/N）。`,
    );
  }
  throw new ShardError(
    `检索索引分成 ${set.parts} 段，还缺：\n${set.missing.map((slice) => `  ${command(slice, set.parts)}`).join('\n')}`,
  );
}

/** The national index packed from the slices indexSlicesFor found: the files mergeShardIndexes writes, byte for byte. */
export function packShardIndexSlices(
  catalogue: Catalogue,
  manifests: readonly ShardManifest[],
  shardsDir: string,
  slices: readonly (SliceManifest & { folder: string })[],
  folder: string,
): MergeResult & { slices: number } {
  const folders = indexFoldersOf(catalogue, manifests, shardsDir);
  const out = writerInto(folder);
  const { stats } = packMergeSlices(folders, slices, indexFacetsOf(catalogue).facets, out.write);
  return { ...stats, parts: folders.length, bytes: out.bytes(), slices: slices.length };
}
