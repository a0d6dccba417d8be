import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { getCatalogue, getIndexVersion, getShardManifests } from '../archive/archive-store.ts';
import { buildScopeOf } from '../config/build-scope.ts';
import { resolveArchivePaths } from '../config/paths.ts';
import { indexFolder } from '../search/format.ts';
import { copyShardFiles } from './copy-shard-files.ts';
import { mergeShardIndexSlice, packShardIndexSlices } from './merge-shard-indexes.ts';
import { ShardError } from './shard-manifest.ts';

/*
 * The assembly in steps that can run on separate CI runners at once: the
 * national pages (`--pages`, an Astro build), slices of the search index
 * (`--index-slice K/N`, no Astro), then `--combine`, which packs the slices
 * into the site's index and copies the shards' files in. The result is the
 * site `npm run assemble` makes in one run.
 */

async function assemblyInputs() {
  if (buildScopeOf().kind !== 'assembly') throw new Error('ARCHIVE_ASSEMBLE must be set for an assembly step');
  const paths = resolveArchivePaths();
  const base = paths.basePath;
  const [catalogue, manifests, version] = await Promise.all([
    getCatalogue(base),
    getShardManifests(),
    getIndexVersion(base),
  ]);
  return { paths, catalogue, manifests, version };
}

/** Parses K/N of `--index-slice`: 1 ≤ K ≤ N. */
export function parseSliceOption(text: string): { slice: number; slices: number } | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return undefined;
  const slice = Number(match[1]);
  const slices = Number(match[2]);
  return slice >= 1 && slice <= slices ? { slice, slices } : undefined;
}

/** Merges slice K of N of the national index from every shard's index into ARCHIVE_INDEX_SLICES_DIR. */
export async function mergeIndexSlice(slice: number, slices: number) {
  const { paths, catalogue, manifests, version } = await assemblyInputs();
  const started = performance.now();
  const merged = await mergeShardIndexSlice(
    catalogue,
    manifests,
    { shardsDir: paths.shardsDir, slicesDir: paths.indexSlicesDir },
    { slice, slices, version },
  );
  return { ...merged, shards: manifests.length, seconds: (performance.now() - started) / 1000 };
}

/**
 * Completes a site made by `--pages`: packs the index slices into
 * search-index/<version>/ (swapped in whole) and copies every shard's files.
 */
export async function combineAssembly() {
  const { paths, catalogue, manifests, version } = await assemblyInputs();
  const out = paths.outDir;
  if (!existsSync(join(out, 'index.html'))) {
    throw new ShardError(`${out} 里没有全国页面：先运行 npm run assemble -- --pages。`);
  }
  const started = performance.now();
  const folder = join(out, indexFolder, version);
  const staging = `${folder}.building`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  let packed: ReturnType<typeof packShardIndexSlices>;
  try {
    packed = packShardIndexSlices(
      catalogue,
      manifests,
      { shardsDir: paths.shardsDir, slicesDir: paths.indexSlicesDir },
      version,
      staging,
    );
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  await rm(folder, { recursive: true, force: true });
  await rename(staging, folder);
  const indexSeconds = (performance.now() - started) / 1000;
  const copied = copyShardFiles(manifests, paths.shardsDir, out);
  return { ...packed, copied, indexSeconds, seconds: (performance.now() - started) / 1000 };
}
