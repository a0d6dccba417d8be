import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { constants } from 'node:os';
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

/** Whether a process of that id is alive; our own id counts as not, since this build has made no folder yet. */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
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
const status = await new Promise<number>((done) => {
  child.on('error', (error) => {
    console.error(`无法运行 Astro：${error.message}。先运行 npm ci。`);
    done(1);
  });
  child.on('close', (code) => done(code ?? 1));
});

if (interrupted || status !== 0) {
  await rm(staging, { recursive: true, force: true });
  console.error(`\n${interrupted ? '生成被中断' : '生成失败'}，${outDir} 保持原样。`);
  // The shell's convention: 128 plus the signal's number.
  process.exit(interrupted ? 128 + constants.signals[interrupted] : status);
}

const hadSite = existsSync(outDir);
if (hadSite) await rename(outDir, previous);
try {
  await rename(staging, outDir);
} catch (error) {
  if (hadSite) await rename(previous, outDir);
  await rm(staging, { recursive: true, force: true });
  console.error(`无法把新网站换入 ${outDir}（${(error as Error).message}），原来的网站保持原样。`);
  process.exit(1);
}
await rm(previous, { recursive: true, force: true });
console.log(`网站已生成：${outDir}`);
