import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalogue } from '../archive/types.ts';
import { indexFacetsOf } from '../search/build/index-input.ts';
import { mergeSearchIndexes } from '../search/build/merge-indexes.ts';
import type { ShardPlan } from './plan-shards.ts';
import { readShardManifest, shardIndexFolder } from './shard-manifest.ts';

/**
 * The national search index, merged from the index parts of every shard in
 * the plan: the same files, byte for byte, as one build over all reports.
 */
export function mergeShardIndexes(
  catalogue: Catalogue,
  plan: ShardPlan,
  shardsDir: string,
  write: (name: string, bytes: Uint8Array) => void,
): { parts: number } {
  const position = new Map(catalogue.reports.map((report, index) => [report.slug, index]));
  const parts = plan.shards.map((shard) => {
    const folder = join(shardsDir, shard.id, shardIndexFolder);
    return {
      readFile: (name: string) => readFileSync(join(folder, name)),
      positions: readShardManifest(shardsDir, shard).reports.map((report) => position.get(report.slug)!),
    };
  });
  mergeSearchIndexes(parts, indexFacetsOf(catalogue).facets, write);
  return { parts: parts.length };
}
