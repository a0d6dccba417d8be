import { existsSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { getCatalogue, getIndexVersion, getShardManifests } from '../archive/archive-store.ts';
import { buildScopeOf } from '../config/build-scope.ts';
import { resolveArchivePaths } from '../config/paths.ts';
import { siteRoot, sitemapAndRobots } from '../publish/sitemap.ts';
import { indexFolder } from '../search/format.ts';
import { siteOrigin } from '../site/origin.ts';
import { linkShardFiles } from './link-files.ts';
import { indexSlicesFor, mergeShardIndexSlice, packShardIndexSlices } from './merge-shard-indexes.ts';
import { findPageGroups, pageGroupsFor, placePageGroups, siteAddress } from './page-groups.ts';
import { ShardError } from './shard-manifest.ts';

/*
 * The assembly in steps that can run on separate CI runners at once: the
 * national pages (`--pages`, an Astro build, or N groups of them with
 * `--page-group K/N`), slices of the search index (`--index-slice K/N`, no
 * Astro), then `--combine`, which puts the page groups together, packs the
 * slices into the site's index and links the shards' files in. The result is
 * the site `npm run assemble` makes in one run.
 */

type AssemblyInputs = Awaited<ReturnType<typeof assemblyInputs>>;

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

/** Writes the groups' pages into the site folder, replacing what was there, with the sitemap of them and the shards' pages. */
async function placePages(groups: Parameters<typeof placePageGroups>[0], inputs: AssemblyInputs): Promise<number> {
  const { paths, catalogue, manifests } = inputs;
  await rm(paths.outDir, { recursive: true, force: true });
  const placed = placePageGroups(groups, paths.outDir);
  const pages = [...placed.pages, ...manifests.flatMap((manifest) => manifest.pages)];
  for (const [name, text] of sitemapAndRobots(pages, siteOrigin(catalogue.site), siteRoot(paths.basePath)))
    writeFileSync(join(paths.outDir, name), text);
  return placed.files;
}

/**
 * Completes a site made by `--pages`, or made of the groups `--page-group K/N`
 * rendered: packs the index slices into search-index/<version>/ (swapped in
 * whole) and puts every shard's files in. Everything it needs is checked
 * before anything is written, so a missing step leaves the site as it was.
 */
export async function combineAssembly() {
  const inputs = await assemblyInputs();
  const { paths, catalogue, manifests, version } = inputs;
  const out = paths.outDir;
  const grouped = findPageGroups(paths.pageGroupsDir).length > 0;
  const address = siteAddress(siteRoot(paths.basePath), siteOrigin(catalogue.site));
  const groups = grouped ? pageGroupsFor(paths.pageGroupsDir, version, address) : [];
  if (!grouped && !existsSync(join(out, 'index.html'))) {
    throw new ShardError(
      `${out} 里没有全国页面：先运行 npm run assemble -- --pages（或分成 N 组：--page-group 1/N … N/N）。`,
    );
  }
  const slices = indexSlicesFor(paths.indexSlicesDir, version);
  const started = performance.now();
  const pageFiles = grouped ? await placePages(groups, inputs) : 0;
  const indexStarted = performance.now();
  const folder = join(out, indexFolder, version);
  const staging = `${folder}.building`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  const packed = packShardIndexSlices(catalogue, manifests, paths.shardsDir, slices, staging);
  await rm(folder, { recursive: true, force: true });
  await rename(staging, folder);
  const indexSeconds = (performance.now() - indexStarted) / 1000;
  const copied = linkShardFiles(manifests, paths.shardsDir, out);
  return {
    ...packed,
    groups: groups.length,
    pageFiles,
    copied,
    indexSeconds,
    seconds: (performance.now() - started) / 1000,
  };
}
