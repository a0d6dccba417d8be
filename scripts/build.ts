import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { resolveArchivePaths } from '../src/lib/config/paths.ts';

/**
 * Builds into a staging folder beside ARCHIVE_OUT_DIR and swaps it in only
 * when the whole build (pages, search index, sitemap) succeeded: a failed or
 * interrupted build leaves the previous site exactly as it was.
 */
const { outDir } = resolveArchivePaths();
const staging = `${outDir}.building-${process.pid}`;
const previous = `${outDir}.previous-${process.pid}`;
const astro = resolve(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Folders left by builds that were killed outright (kill -9, power loss). */
async function removeAbandonedStaging(): Promise<void> {
  const folder = dirname(outDir);
  if (!existsSync(folder)) return;
  const prefix = `${basename(outDir)}.`;
  for (const name of readdirSync(folder)) {
    if (!name.startsWith(prefix)) continue;
    const [, kind, pid] = /^(building|previous)-(\d+)$/.exec(name.slice(prefix.length)) ?? [];
    if (!pid || isRunning(Number(pid))) continue;
    // A build killed between its two renames leaves the old site only under its previous- name.
    if (kind === 'previous' && !existsSync(outDir)) await rename(join(folder, name), outDir);
    else await rm(join(folder, name), { recursive: true, force: true });
  }
}

await removeAbandonedStaging();
const child = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ARCHIVE_OUT_DIR: staging },
});
let interrupted: NodeJS.Signals | undefined;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    interrupted = signal;
    child.kill(signal);
  });
}
const status = await new Promise<number>((done) => child.on('close', (code) => done(code ?? 1)));

if (interrupted || status !== 0) {
  await rm(staging, { recursive: true, force: true });
  console.error(`\n${interrupted ? '生成被中断' : '生成失败'}，${outDir} 保持原样。`);
  process.exit(interrupted ? 130 : status);
}

if (existsSync(outDir)) await rename(outDir, previous);
await rename(staging, outDir);
await rm(previous, { recursive: true, force: true });
console.log(`网站已生成：${outDir}`);
