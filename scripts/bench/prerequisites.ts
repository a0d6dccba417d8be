import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, statfsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { chromiumPath } from '../../tests/helpers/browser.ts';
import { ensureLighthouse, ensurePagefind, lighthouseVersion, pagefindVersion, toolModules } from './tools.ts';

/** Something a benchmark needs and does not have: what is missing and how to put it right, in Chinese. */
export interface Shortfall {
  problem: string;
  fix: string;
}

const kb = 1024;
const mb = 1024 * kb;
const gb = 1024 * mb;

/**
 * Disk space a benchmark writes, per report (or page), counted in whole
 * blocks and rounded up. Measured on `npm run corpus` output (500 reports:
 * 9.3 MB on disk) and bench:import's pages (22 KB each), and taken from the
 * outputs in BENCHMARKS.md: the project's site 746 MB for 10,000 reports
 * (about 75 KB each, 3,702 MB for 50,000), the stock site 373 MB plus its
 * Astro content cache, Pagefind's index of the search benchmark 54.6 MB for
 * 2,000 reports.
 */
export const diskPerReport = {
  corpus: 20 * kb,
  projectSite: 80 * kb,
  stockSite: 65 * kb,
  stockIndex: 30 * kb,
  importPage: 25 * kb,
} as const;

/** Room for what does not grow with the reports: the fixture archive's site, logs, a browser profile. */
const fixedDisk = 100 * mb;

/** Disk space `npm run bench` writes under .cache/: corpus (unless already made), our site, the stock site. */
export function pipelineDiskNeed(reports: number, options: { baseline: boolean; corpusReady: boolean }): number {
  const perReport =
    (options.corpusReady ? 0 : diskPerReport.corpus) +
    diskPerReport.projectSite +
    (options.baseline ? diskPerReport.stockSite : 0);
  return fixedDisk + reports * perReport;
}

/** Disk space `npm run bench:search` writes under .cache/: the corpus, its site and Pagefind's index of it. */
export function searchDiskNeed(reports: number, options: { corpusReady: boolean }): number {
  const perReport =
    (options.corpusReady ? 0 : diskPerReport.corpus) + diskPerReport.projectSite + diskPerReport.stockIndex;
  return fixedDisk + reports * perReport;
}

/**
 * Disk space `npm run bench:scale` writes under .cache/: the corpus, the
 * shards' outputs and the assembled site (about a site each), and the index
 * slices (about a third of one).
 */
export function scaleDiskNeed(reports: number, options: { corpusReady: boolean }): number {
  const perReport = (options.corpusReady ? 0 : diskPerReport.corpus) + 2.4 * diskPerReport.projectSite;
  return fixedDisk + reports * perReport;
}

/** Disk space `npm run bench:import` writes in the temporary folder: the saved pages. */
export function importDiskNeed(pages: number): number {
  return fixedDisk + pages * diskPerReport.importPage;
}

/** Bytes as people read them: 350 MB, 1.6 GB. */
export function formatBytes(bytes: number): string {
  if (bytes >= gb) return `${(bytes / gb).toFixed(1)} GB`;
  if (bytes >= mb) return `${Math.ceil(bytes / mb)} MB`;
  return `${Math.ceil(bytes / kb)} KB`;
}

export function diskShortfall(folder: string, needed: number, free: number, fix: string): Shortfall | undefined {
  if (free >= needed) return undefined;
  return {
    problem: `${folder} 所在的磁盘只剩 ${formatBytes(free)}，这次运行约需 ${formatBytes(needed)}`,
    fix,
  };
}

export function chromiumShortfall(path: string, runnable: boolean): Shortfall | undefined {
  if (runnable) return undefined;
  return {
    problem: `找不到可以运行的 Chromium（${path}）`,
    fix: '在 Debian 上运行 apt-get install -y chromium fonts-noto-cjk；装在别处时用环境变量 CHROMIUM_PATH 指定它的位置',
  };
}

/**
 * Heap the site build needs. BENCHMARKS.md: 20,000 reports built within
 * Node's default heap (about 4.2 GB on the 24 GB machine), 50,000 did not and
 * needed --max-old-space-size=16384; 200 KB a report fits both.
 */
const heapPerReport = 200 * kb;

export function heapShortfall(reports: number, heapLimit: number): Shortfall | undefined {
  const needed = reports * heapPerReport;
  if (heapLimit >= needed) return undefined;
  const megabytes = Math.ceil(needed / gb) * 1024;
  return {
    problem: `生成 ${reports} 篇报告的网站约需 ${formatBytes(needed)} 的 Node 堆内存，现在的上限是 ${formatBytes(heapLimit)}`,
    fix: `先设置 NODE_OPTIONS=--max-old-space-size=${megabytes} 再运行（本机内存要够），或减少 --reports`,
  };
}

/** Stock Pagefind's peak memory grows with the site: 2.0 GB for 1,000 reports, 17.2 GB for 10,000 (BENCHMARKS.md). */
const baselineMemoryPerReport = 1.75 * mb;

export function baselineMemoryShortfall(reports: number, memory: number): Shortfall | undefined {
  const needed = reports * baselineMemoryPerReport;
  if (memory >= needed) return undefined;
  return {
    problem: `对照组（原样 Pagefind）在 ${reports} 篇时峰值内存约 ${formatBytes(needed)}，本机内存只有 ${formatBytes(memory)}`,
    fix: '加上 --no-baseline 只测本项目，或减少 --reports',
  };
}

/**
 * Where Pagefind's npm package keeps its extended binary, the one with
 * Chinese word segmentation. Without it Pagefind falls back to its plain
 * binary, and the baseline would be measured without Chinese support.
 */
export function pagefindBinaryPath(modules: string, platform: string, arch: string): string {
  const windows = platform === 'win32';
  return join(
    modules,
    '@pagefind',
    `${windows ? 'windows' : platform}-${arch}`,
    'bin',
    windows ? 'pagefind_extended.exe' : 'pagefind_extended',
  );
}

export function pagefindShortfall(binary: string, present: boolean, installFolder: string): Shortfall | undefined {
  if (present) return undefined;
  return {
    problem: `Pagefind ${pagefindVersion} 的扩展版程序（带中文分词）不存在：${binary}`,
    fix: `删除 ${installFolder} 后重新运行，让它重新安装（npm 不要设置 omit=optional）`,
  };
}

/** The shortfalls as one message, numbered, each with its fix; undefined when nothing is missing. */
export function describeShortfalls(shortfalls: readonly (Shortfall | undefined)[]): string | undefined {
  const found = shortfalls.filter((shortfall) => shortfall !== undefined);
  if (found.length === 0) return undefined;
  const lines = found.map(
    (shortfall, index) => `  ${index + 1}. ${shortfall.problem}\n     解决办法：${shortfall.fix}`,
  );
  return `缺少运行这项基准测试的条件，没有开始测量：\n${lines.join('\n')}`;
}

/** Free bytes on the disk that holds `path`, or would hold it once made. */
export function freeBytesAt(path: string): number {
  let existing = resolve(path);
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  const stats = statfsSync(existing);
  return stats.bavail * stats.bsize;
}

function chromiumRunnable(): boolean {
  try {
    accessSync(chromiumPath, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Whether the configured Chromium (CHROMIUM_PATH, else /usr/bin/chromium) is there to run. */
export function checkChromium(): Shortfall | undefined {
  return chromiumShortfall(chromiumPath, chromiumRunnable());
}

/** The heap limit of the Node processes a benchmark starts: they inherit NODE_OPTIONS, not this process's flags. */
export function childHeapLimit(): number {
  const output = execFileSync(process.execPath, ['-p', 'require("node:v8").getHeapStatistics().heap_size_limit'], {
    encoding: 'utf8',
  });
  return Number(output.trim());
}

function exitWith(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Prints what is missing and exits 1; returns when nothing is. */
export function exitOnShortfalls(shortfalls: readonly (Shortfall | undefined)[]): void {
  const message = describeShortfalls(shortfalls);
  if (message) exitWith(message);
}

function installOrExit<T>(name: string, version: string, install: () => T): T {
  try {
    return install();
  } catch {
    return exitWith(
      describeShortfalls([
        {
          problem: `无法安装测量用的 ${name} ${version}（npm install 失败，原因见上）`,
          fix: '检查网络和 npm 的 registry 设置后重新运行',
        },
      ])!,
    );
  }
}

/** Stock Pagefind, installed if need be and checked for its extended binary: the URL of its Node API. */
export function readyPagefind(root: string): string {
  const entry = installOrExit('pagefind', pagefindVersion, () => ensurePagefind(root));
  const modules = toolModules(root, 'pagefind', pagefindVersion);
  // The variable Pagefind's own resolver reads before looking in its packages.
  const binary =
    process.env['PAGEFIND_EXTENDED_BINARY_PATH'] ?? pagefindBinaryPath(modules, process.platform, process.arch);
  exitOnShortfalls([pagefindShortfall(binary, existsSync(binary), dirname(modules))]);
  return entry;
}

/** Lighthouse, installed if need be: the URLs of its modules. */
export function readyLighthouse(root: string): ReturnType<typeof ensureLighthouse> {
  return installOrExit('lighthouse', lighthouseVersion, () => ensureLighthouse(root));
}
