import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalogue } from '../archive/types.ts';
import { indexFacetsOf } from '../search/build/index-input.ts';
import { mergeIndexFolders } from '../search/build/merge-in-workers.ts';
import type { MergeStats } from '../search/build/merge-indexes.ts';
import type { ShardManifest } from './shard-manifest.ts';
import { shardIndexFolder } from './shard-manifest.ts';

/**
 * The national search index, merged from the index parts of every shard into
 * `folder`: the same files, byte for byte, as one build over all reports.
 */
export async function mergeShardIndexes(
  catalogue: Catalogue,
  manifests: readonly ShardManifest[],
  shardsDir: string,
  folder: string,
): Promise<MergeStats & { parts: number; bytes: number }> {
  const position = new Map(catalogue.reports.map((report, index) => [report.slug, index]));
  const parts = manifests.map((manifest) => ({
    folder: join(shardsDir, manifest.id, shardIndexFolder),
    positions: Int32Array.from(manifest.reports, (report) => position.get(report.slug)!),
  }));
  let bytes = 0;
  const { stats } = await mergeIndexFolders(parts, indexFacetsOf(catalogue).facets, (name, data) => {
    writeFileSync(join(folder, name), data);
    bytes += data.length;
  });
  return { ...stats, parts: parts.length, bytes };
}
