import { readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getArchive, getShardManifests, getShardPlan } from '../lib/archive/archive-store.ts';
import { catalogueOf } from '../lib/archive/catalogue.ts';
import { buildScopeOf } from '../lib/config/build-scope.ts';
import { resolveArchivePaths } from '../lib/config/paths.ts';
import { linkShardFiles } from '../lib/shards/link-files.ts';
import { shardFiles } from '../lib/shards/shard-files.ts';
import { shardFormatVersion, shardManifestFile, type ShardManifest } from '../lib/shards/shard-manifest.ts';

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

function removeEmptyFolders(folder: string): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = join(folder, entry.name);
    removeEmptyFolders(path);
    if (readdirSync(path).length === 0) rmdirSync(path);
  }
}

/**
 * A shard's build keeps only what belongs to its reports (their pages and
 * images) and writes the manifest the assembly reads; an assembly copies every
 * shard's files into the national site, so no report page is rendered twice
 * (an assembly of the pages alone leaves that to `npm run assemble -- --combine`).
 */
export function shardOutput(): AstroIntegration {
  let base = '/';
  return {
    name: 'shard-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const scope = buildScopeOf();
        if (scope.kind === 'shard') {
          const archive = await getArchive(base);
          const { plan } = await getShardPlan();
          const written = filesUnder(out);
          const { keep, pages } = shardFiles(archive.reports, written);
          for (const file of written) if (!keep.has(file)) rmSync(join(out, file));
          removeEmptyFolders(out);
          const manifest: ShardManifest = {
            format: shardFormatVersion,
            id: scope.id,
            hash: plan.shards.find((shard) => shard.id === scope.id)!.hash,
            reports: catalogueOf(archive).reports,
            files: [...keep].sort(),
            pages,
          };
          writeFileSync(join(dirname(out), shardManifestFile), JSON.stringify(manifest));
          logger.info(`分片 ${scope.id}：${archive.reports.length} 篇报告，${keep.size} 个文件`);
        } else if (scope.kind === 'assembly' && !scope.pagesOnly) {
          const copied = linkShardFiles(await getShardManifests(), resolveArchivePaths().shardsDir, out);
          logger.info(`从分片复制了 ${copied} 个文件`);
        }
      },
    },
  };
}
