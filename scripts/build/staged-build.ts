import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { constants } from 'node:os';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

const astro = resolve(import.meta.dirname, '../../node_modules/astro/bin/astro.mjs');

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

/** Folders left beside `target` by builds that were killed outright (kill -9, power loss). */
async function removeAbandonedStaging(target: string): Promise<void> {
  const folder = dirname(target);
  if (!existsSync(folder)) return;
  const prefix = `${basename(target)}.`;
  for (const name of readdirSync(folder)) {
    if (!name.startsWith(prefix)) continue;
    // building-<pid>.index holds an assembly's merged search index until the site takes it.
    const [, kind, pid] = /^(building|previous)-(\d+)(?:\.index)?$/.exec(name.slice(prefix.length)) ?? [];
    if (!pid || isRunning(Number(pid))) continue;
    // A build killed between its two renames leaves the old output only under its previous- name.
    if (kind === 'previous' && !existsSync(target)) await rename(join(folder, name), target);
    else await rm(join(folder, name), { recursive: true, force: true });
  }
}

interface StagedBuild {
  /** The folder the build makes: the site, or one shard's output. */
  target: string;
  /** Where inside the staging folder Astro writes the site: '' for the folder itself. */
  siteFolder?: string;
  /** Variables that choose what the build makes (ARCHIVE_SHARD, ARCHIVE_ASSEMBLE). */
  env?: NodeJS.ProcessEnv;
  /** Extra arguments for `astro build`. */
  args?: string[];
  /** What was made, for the closing message: 网站, 分片 41-henan. */
  label: string;
}

/**
 * Runs `astro build` into a staging folder beside `target` and swaps it in
 * only when the whole build succeeded: a failed or interrupted build leaves
 * the previous output exactly as it was. Exits the process with the build's
 * status when it fails.
 */
export async function runStagedBuild({
  target,
  siteFolder = '',
  env = {},
  args = [],
  label,
}: StagedBuild): Promise<void> {
  const staging = `${target}.building-${process.pid}`;
  const previous = `${target}.previous-${process.pid}`;
  await removeAbandonedStaging(target);
  await mkdir(dirname(target), { recursive: true });
  const child = spawn(process.execPath, [astro, 'build', ...args], {
    stdio: 'inherit',
    env: { ...process.env, ...env, ARCHIVE_OUT_DIR: join(staging, siteFolder) },
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

  await rm(`${staging}.index`, { recursive: true, force: true });
  if (interrupted || status !== 0) {
    await rm(staging, { recursive: true, force: true });
    console.error(`\n${interrupted ? '生成被中断' : '生成失败'}，${target} 保持原样。`);
    // The shell's convention: 128 plus the signal's number.
    process.exit(interrupted ? 128 + constants.signals[interrupted] : status);
  }

  const hadOutput = existsSync(target);
  if (hadOutput) await rename(target, previous);
  try {
    await rename(staging, target);
  } catch (error) {
    if (hadOutput) await rename(previous, target);
    await rm(staging, { recursive: true, force: true });
    console.error(`无法把新生成的${label}换入 ${target}（${(error as Error).message}），原来的保持原样。`);
    process.exit(1);
  }
  await rm(previous, { recursive: true, force: true });
  console.log(`${label}已生成：${target}`);
}
