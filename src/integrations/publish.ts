import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getArchive, getShardManifests } from '../lib/archive/archive-store.ts';
import { buildScopeOf } from '../lib/config/build-scope.ts';
import { robotsTxt, sitemapFiles } from '../lib/publish/sitemap.ts';
import { absoluteUrl, siteOrigin } from '../lib/site/origin.ts';

/** Writes the sitemap (every page Astro built; an index of several files past 50,000) and robots.txt pointing at it. */
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
        const archive = await getArchive(base);
        const origin = siteOrigin(archive.site);
        const root = base.endsWith('/') ? base : `${base}/`;
        const shardPages = scope.kind === 'assembly' ? (await getShardManifests()).flatMap((shard) => shard.pages) : [];
        const paths = [...pages.map((page) => page.pathname), ...shardPages]
          .map((pathname) => `${root}${pathname}`)
          .filter((path) => !/\.\w+$/.test(path) && !path.endsWith('/404/'));
        const out = fileURLToPath(dir);
        for (const [name, xml] of sitemapFiles(paths, origin, root)) await writeFile(join(out, name), xml);
        await writeFile(join(out, 'robots.txt'), robotsTxt(absoluteUrl(origin, `${root}sitemap.xml`)));
      },
    },
  };
}
