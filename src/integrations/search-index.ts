import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegration } from 'astro';
import { getArchive, getCatalogue, getIndexVersion, getShardManifests } from '../lib/archive/archive-store.ts';
import { buildScopeOf } from '../lib/config/build-scope.ts';
import { shardIndexFolder } from '../lib/shards/shard-manifest.ts';
import { mergeShardIndexes } from '../lib/shards/merge-shard-indexes.ts';
import { resolveArchivePaths } from '../lib/config/paths.ts';
import { buildSearchIndex, type BuiltIndex } from '../lib/search/build/build-index.ts';
import { indexInputOf } from '../lib/search/build/index-input.ts';
import { buildInWorker } from '../lib/search/build/build-in-worker.ts';
import { indexFolder } from '../lib/search/format.ts';

/** Answers a request for index bytes, honouring a byte range as a static host does. */
function sendBytes(request: IncomingMessage, response: ServerResponse, data: Uint8Array): void {
  const range = /^bytes=(\d+)-(\d+)$/.exec(request.headers.range ?? '');
  if (!range) {
    response.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': data.length });
    response.end(data);
    return;
  }
  const start = Number(range[1]);
  const end = Math.min(Number(range[2]), data.length - 1);
  response.writeHead(206, {
    'Content-Type': 'application/octet-stream',
    'Content-Length': end - start + 1,
    'Content-Range': `bytes ${start}-${end}/${data.length}`,
  });
  response.end(data.subarray(start, end + 1));
}

/**
 * Builds the search index on a worker thread while Astro renders the pages,
 * then writes it next to them (a shard's beside its site files, for the
 * assembly, which merges them instead); a failure fails the build. Under `astro dev`
 * the index is built in memory on the first search and again after content
 * changes.
 */
export function searchIndex(): AstroIntegration {
  let base = '/';
  let pending: Promise<BuiltIndex> | undefined;
  let merged: Promise<{ folder: string; stats: Awaited<ReturnType<typeof mergeShardIndexes>> }> | undefined;
  let started = 0;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:server:setup': ({ server }) => {
        const prefix = `${base}${indexFolder}/`;
        const { contentDir } = resolveArchivePaths();
        let built: Promise<BuiltIndex> | undefined;
        const forget = (file: string) => {
          if (file.startsWith(contentDir)) built = undefined;
        };
        for (const event of ['change', 'add', 'unlink'] as const) server.watcher.on(event, forget);
        server.middlewares.use((request, response, next) => {
          if (!request.url?.startsWith(prefix)) return next();
          built ??= getArchive(base).then((archive) => buildSearchIndex(indexInputOf(archive)));
          // The version folder names the content; under dev the index is whatever the content is now.
          const name = decodeURIComponent(request.url.slice(prefix.length).split('?')[0] ?? '').replace(/^[^/]+\//, '');
          built
            .then((index) => {
              const data = index.files.get(name);
              if (data) sendBytes(request, response, data);
              else next();
            })
            .catch(next);
        });
      },
      'astro:build:start': async () => {
        started = performance.now();
        const scope = buildScopeOf();
        // The index of an assembly of the pages alone is merged in slices by other jobs and combined with them.
        if (scope.kind === 'assembly' && scope.pagesOnly) return;
        if (scope.kind === 'assembly') {
          // The merge runs on worker threads while the national pages render, into a folder beside the site.
          merged = (async () => {
            const folder = `${resolveArchivePaths().outDir}.index`;
            await rm(folder, { recursive: true, force: true });
            await mkdir(folder, { recursive: true });
            const stats = await mergeShardIndexes(
              await getCatalogue(base),
              await getShardManifests(),
              resolveArchivePaths().shardsDir,
              folder,
            );
            return { folder, stats };
          })();
          merged.catch(() => undefined);
          return;
        }
        pending = buildInWorker(indexInputOf(await getArchive(base)));
        pending.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const scope = buildScopeOf();
        if (scope.kind === 'assembly' && scope.pagesOnly) return;
        // A shard's index is a part for the assembly to merge, kept beside the shard's site files.
        const folder =
          scope.kind === 'shard'
            ? join(dirname(out), shardIndexFolder)
            : join(out, indexFolder, await getIndexVersion(base));
        await rm(folder, { recursive: true, force: true });
        await mkdir(dirname(folder), { recursive: true });
        let summary: string;
        let bytes = 0;
        if (merged) {
          const { folder: mergedFolder, stats } = await merged;
          await rename(mergedFolder, folder);
          bytes = stats.bytes;
          summary = `由 ${stats.parts} 个分片的索引合并，${stats.terms} 个词，合并用时 ${stats.seconds.toFixed(1)} 秒，与页面同时进行`;
        } else {
          const built = await pending!;
          await mkdir(folder, { recursive: true });
          for (const [name, data] of built.files) {
            await writeFile(join(folder, name), data);
            bytes += data.length;
          }
          summary = `${built.stats.terms} 个词，建索引 ${built.stats.seconds.toFixed(1)} 秒（分 ${built.stats.passes} 遍读取全文），与页面同时进行`;
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`检索索引：${summary}；${(bytes / 1024 / 1024).toFixed(1)} MB，${seconds} 秒内完成`);
      },
    },
  };
}
