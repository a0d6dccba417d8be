import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getArchive } from '../lib/archive/archive-store.ts';
import { indexInputOf, type BuiltIndex } from '../lib/search/build-index.ts';
import { buildInWorker } from '../lib/search/build-in-worker.ts';
import { indexFolder } from '../lib/search/format.ts';

/**
 * Builds the search index on a worker thread while Astro renders the pages,
 * then writes it next to them. A failure fails the build.
 */
export function searchIndex(): AstroIntegration {
  let base = '/';
  let pending: Promise<BuiltIndex> | undefined;
  let started = 0;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': async () => {
        started = performance.now();
        pending = buildInWorker(indexInputOf(await getArchive(base)));
        pending.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const built = await pending!;
        const folder = join(fileURLToPath(dir), indexFolder);
        await rm(folder, { recursive: true, force: true });
        await mkdir(folder, { recursive: true });
        let bytes = 0;
        for (const [name, data] of built.files) {
          await writeFile(join(folder, name), data);
          bytes += data.length;
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`检索索引：${built.stats.terms} 个词，${built.files.size} 个文件，${(bytes / 1024 / 1024).toFixed(1)} MB（与页面同时生成，${seconds} 秒内完成）`);
      },
    },
  };
}
