import { cpSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { shardSiteFolder, type ShardManifest } from './shard-manifest.ts';

/** Copies every shard's report pages and images into the national site; returns how many files. */
export function copyShardFiles(manifests: readonly ShardManifest[], shardsDir: string, out: string): number {
  let copied = 0;
  for (const manifest of manifests) {
    const from = join(shardsDir, manifest.id, shardSiteFolder);
    for (const file of manifest.files) {
      mkdirSync(dirname(join(out, file)), { recursive: true });
      cpSync(join(from, file), join(out, file));
      copied += 1;
    }
  }
  return copied;
}
