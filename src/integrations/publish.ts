import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getArchive, getIndexVersion, getShardManifests } from '../lib/archive/archive-store.ts';
import { buildScopeOf } from '../lib/config/build-scope.ts';
import { siteRoot, sitemapAndRobots } from '../lib/publish/sitemap.ts';
import { siteAddress, writePageGroupManifest } from '../lib/shards/page-groups.ts';
import { siteOrigin } from '../lib/site/origin.ts';

/**
 * Writes the sitemap (every page Astro built; an index of several files past
 * 50,000) and robots.txt pointing at it. A group of the national pages writes
 * the list of its pages instead: `--combine` makes the sitemap from all groups.
 */
export function publish(): AstroIntegration {
  let base = '/';
  return {
    name: 'publish',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, pages }) => {
        const scope = buildScopeOf();
        // A shard's pages go into the sitemap where the shards are assembled.
        if (scope.kind === 'shard') return;
        const out = fileURLToPath(dir);
        const built = pages.map((page) => page.pathname);
        const archive = await getArchive(base);
        const origin = siteOrigin(archive.site);
        if (scope.kind === 'assembly' && scope.pageGroup) {
          const version = await getIndexVersion(base);
          const address = siteAddress(siteRoot(base), origin);
          writePageGroupManifest(out, { ...scope.pageGroup, version, address, pages: built });
          return;
        }
        const shardPages = scope.kind === 'assembly' ? (await getShardManifests()).flatMap((shard) => shard.pages) : [];
        const files = sitemapAndRobots([...built, ...shardPages], origin, siteRoot(base));
        for (const [name, text] of files) await writeFile(join(out, name), text);
      },
    },
  };
}
