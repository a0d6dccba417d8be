import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportSummary } from '../archive/types.ts';
import type { Shard } from './plan-shards.ts';

/** Raised when the manifests change shape, so an assembly never reads a shard built by other code. */
export const shardFormatVersion = 1;

/** A built shard's folder: `site/` (its files, as they go into the site), `index/` (its search index), and this file. */
export const shardManifestFile = 'shard.json';
export const shardSiteFolder = 'site';
export const shardIndexFolder = 'index';

/** What a shard's build leaves for the assembly: everything the national pages need, and what to copy. */
export interface ShardManifest {
  format: number;
  id: string;
  /** The plan's hash of the shard when it was built; the assembly refuses a shard whose hash the plan no longer gives. */
  hash: string;
  /** The shard's reports, in the archive's order. */
  reports: ReportSummary[];
  /** The shard's files under `site/`, with forward slashes, sorted. */
  files: string[];
  /** The pages among them, as site paths (`reports/<slug>/`), for the sitemap. */
  pages: string[];
}

export class ShardError extends Error {}

/**
 * The manifest of a built shard, checked against the plan: a shard that is
 * missing, half written, built by other code or for other content is named
 * with the command that rebuilds it.
 */
export function readShardManifest(shardsDir: string, shard: Pick<Shard, 'id' | 'hash'>): ShardManifest {
  const file = join(shardsDir, shard.id, shardManifestFile);
  const rebuild = `先运行 npm run build -- --shard ${shard.id}`;
  if (!existsSync(file)) throw new ShardError(`分片 ${shard.id} 还没有生成（缺少 ${file}）：${rebuild}。`);
  let manifest: ShardManifest;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as ShardManifest;
  } catch (error) {
    throw new ShardError(`分片 ${shard.id} 的清单读不出来（${(error as Error).message}）：${rebuild}。`);
  }
  if (manifest.format !== shardFormatVersion || manifest.id !== shard.id)
    throw new ShardError(`分片 ${shard.id} 是另一版代码生成的：${rebuild}。`);
  if (manifest.hash !== shard.hash)
    throw new ShardError(`分片 ${shard.id} 已过期（报告、设置或代码在生成之后有改动）：${rebuild}。`);
  return manifest;
}
