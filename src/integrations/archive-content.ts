import type { AstroIntegration } from 'astro';
import { forgetArchives, getArchive, getCatalogue } from '../lib/archive/archive-store.ts';
import { buildScopeOf } from '../lib/config/build-scope.ts';
import { ShardError } from '../lib/shards/shard-manifest.ts';
import { resolveArchivePaths } from '../lib/config/paths.ts';
import { ContentError } from '../lib/validation/diagnostic.ts';

/**
 * Connects the content folder to Astro: a build validates the whole archive
 * before rendering anything and stops with the list of problems, and
 * `astro dev` reloads when a report changes (report files are not Vite
 * modules, so it would not notice otherwise).
 */
export function archiveContent(): AstroIntegration {
  let base = '/';
  return {
    name: 'archive-content',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': async ({ logger }) => {
        const started = performance.now();
        try {
          const scope = buildScopeOf();
          const archive = await getArchive(base);
          const what =
            scope.kind === 'assembly'
              ? `读取 ${(await getCatalogue(base)).reports.length} 篇报告的分片清单`
              : `读取并校验${scope.kind === 'shard' ? `分片 ${scope.id} 的` : ''} ${archive.reports.length} 篇报告`;
          logger.info(`${what}，用时 ${Math.round(performance.now() - started)} 毫秒`);
        } catch (error) {
          if (error instanceof ShardError) {
            console.error(`\n${error.message}`);
            process.exit(1);
          }
          if (!(error instanceof ContentError)) throw error;
          console.error(`${error.message}\n\n内容有问题，没有生成网站。修改后可先运行 npm run check 确认。`);
          process.exit(1);
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        const { contentDir } = resolveArchivePaths();
        server.watcher.add(contentDir);
        const reload = (file: string) => {
          if (!file.startsWith(contentDir)) return;
          forgetArchives();
          server.ws.send({ type: 'full-reload' });
          logger.info(`内容已更新：${file.slice(contentDir.length + 1)}`);
        };
        server.watcher.on('change', reload);
        server.watcher.on('add', reload);
        server.watcher.on('unlink', reload);
      },
    },
  };
}
