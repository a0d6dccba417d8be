import type { AstroIntegration } from 'astro';
import { resolveArchivePaths } from '../lib/config/paths.ts';

/**
 * Makes `astro dev` follow the content folder: report files are not Vite
 * modules, so a change there would otherwise go unnoticed until a restart.
 */
export function archiveContent(): AstroIntegration {
  return {
    name: 'archive-content',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const { contentDir } = resolveArchivePaths();
        server.watcher.add(contentDir);
        const reload = (file: string) => {
          if (!file.startsWith(contentDir)) return;
          for (const environment of Object.values(server.environments)) {
            environment.moduleGraph.invalidateAll();
          }
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
