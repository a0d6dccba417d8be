import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { resolveArchivePaths } from '../src/lib/config/paths.ts';

/**
 * Builds into a staging folder beside ARCHIVE_OUT_DIR and swaps it in only
 * when the whole build (pages, search index, sitemap) succeeded: a failed
 * build leaves the previous site exactly as it was.
 */
const { outDir } = resolveArchivePaths();
const staging = `${outDir}.building-${process.pid}`;
const previous = `${outDir}.previous-${process.pid}`;
const astro = resolve(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');

const build = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ARCHIVE_OUT_DIR: staging },
});
if (build.status !== 0) {
  await rm(staging, { recursive: true, force: true });
  console.error(`\n生成失败，${outDir} 保持原样。`);
  process.exit(build.status ?? 1);
}

if (existsSync(outDir)) await rename(outDir, previous);
await rename(staging, outDir);
await rm(previous, { recursive: true, force: true });
console.log(`网站已生成：${outDir}`);
