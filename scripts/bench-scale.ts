import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { measureMedian, measureOurSearch } from './bench/browser-search.ts';
import { corpusReady, ensureCorpus } from './bench/corpus-cache.ts';
import { runMeasured, type Measured } from './bench/measure.ts';
import { checkChromium, diskShortfall, exitOnShortfalls, freeBytesAt, scaleDiskNeed } from './bench/prerequisites.ts';
import { median, wallTimeOnRunners } from './bench/runner-schedule.ts';
import { folderSize } from './bench/sizes.ts';
import { integerOption, parseCommandLine } from './cli.ts';

const help = `用法：npm run bench:scale -- --reports N [--seed S] [--page-groups G] [--index-slices K] [--search-runs R] [--json]

按分片生成 N 篇报告的档案（语料由生成器生成，缓存在 .cache/corpus/），测量：
  分片计划（npm run shards）；逐个生成每个分片（npm run build -- --shard ID）的用时、峰值内存和 CPU 时间；
  分步拼装的每一步（全国页面的 G 组 --page-group，检索索引的 K 段 --index-slice，最后 --combine）的用时和峰值内存，
  各组页面和各段索引在 CI 上同时运行，所以拼装的墙钟时间是其中最长的一个加上 --combine；输出的大小和文件数；
  在 R 个 CI 运行器上的模拟墙钟时间（计划，最长的一串分片生成，再是拼装的各步；不含任务启动和 npm ci）；
  无头 Chromium 中首次检索的下载量和用时（本机回环，gzip，按服务器发出的字节计）；
  改动一篇报告的代价：重新计划、重建它所在的一个分片、再拼装。
分片依次在这台机器上生成（一次一个），各自的数字就是一个运行器上的数字。

选项：
  --reports N      报告篇数，默认 10000
  --seed S         语料种子，默认 1
  --page-groups G  全国页面分几组生成，默认 4
  --index-slices K 检索索引分几段合并，默认 4
  --search-runs R  浏览器检索重复 R 次，取首次检索用时居中的一次，默认 3
  --json           以 JSON 输出
  -h, --help       显示本说明`;

const { values } = parseCommandLine(help, {
  options: {
    reports: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    'page-groups': { type: 'string', default: '4' },
    'index-slices': { type: 'string', default: '4' },
    'search-runs': { type: 'string', default: '3' },
    json: { type: 'boolean', default: false },
  },
});
const reports = integerOption('reports', values.reports, help);
const seed = integerOption('seed', values.seed, help, 0);
const searchRuns = integerOption('search-runs', values['search-runs'], help);
const pageGroups = integerOption('page-groups', values['page-groups'], help);
const indexSlices = integerOption('index-slices', values['index-slices'], help);

const root = resolve(import.meta.dirname, '..');
const workDir = resolve(root, '.cache/bench', `scale-${reports}-seed-${seed}`);
exitOnShortfalls([
  checkChromium(),
  diskShortfall(
    resolve(root, '.cache'),
    scaleDiskNeed(reports, { corpusReady: corpusReady(root, reports, seed) }),
    freeBytesAt(resolve(root, '.cache')),
    '腾出磁盘空间（.cache/bench/ 和 .cache/corpus/ 下以前的结果可以删除），或减少 --reports',
  ),
]);
const corpus = await ensureCorpus(root, reports, seed);
rmSync(workDir, { recursive: true, force: true });
mkdirSync(workDir, { recursive: true });
const env = {
  ARCHIVE_CONTENT_DIR: corpus,
  ARCHIVE_SHARDS_DIR: join(workDir, 'shards'),
  ARCHIVE_OUT_DIR: join(workDir, 'site'),
  ARCHIVE_INDEX_SLICES_DIR: join(workDir, 'index-slices'),
  ARCHIVE_PAGE_GROUPS_DIR: join(workDir, 'page-groups'),
  ASTRO_TELEMETRY_DISABLED: '1',
};

async function run(label: string, script: string, args: string[] = []): Promise<Measured> {
  const measured = await runMeasured(process.execPath, [resolve(root, 'scripts', script), ...args], { env, cwd: root });
  if (measured.status !== 0) {
    console.error(measured.output);
    console.error(`${label} 失败（退出码 ${measured.status}）。`);
    process.exit(1);
  }
  return measured;
}

interface PlannedShard {
  id: string;
  hash: string;
  reports: number;
}

// Saved once per plan, as CI's plan job does, so no shard build or assembly reads every report's front matter again.
const planFile = join(workDir, 'plan.json');

async function plan(): Promise<{ measured: Measured; shards: PlannedShard[] }> {
  const measured = await run('分片计划', 'shards.ts', ['--json', '--save', planFile]);
  return { measured, shards: (JSON.parse(measured.output) as { shards: PlannedShard[] }).shards };
}

const planned = await plan();
console.error(`[计划] ${planned.shards.length} 个分片，${planned.measured.seconds.toFixed(1)} 秒`);
const shardRuns: (PlannedShard & Measured)[] = [];
for (const [index, shard] of planned.shards.entries()) {
  const measured = await run(`分片 ${shard.id}`, 'build.ts', ['--shard', shard.id, '--plan', planFile]);
  shardRuns.push({ ...shard, ...measured });
  console.error(
    `[分片 ${index + 1}/${planned.shards.length}] ${shard.id}：${shard.reports} 篇，` +
      `${measured.seconds.toFixed(1)} 秒，峰值 ${measured.peakRssMb} MB`,
  );
}
interface AssemblySteps {
  groups: Measured[];
  slices: Measured[];
  combine: Measured;
  /** Page groups and index slices run at once on separate runners, then the combine. */
  seconds: number;
  peakRssMb: number;
  cpuSeconds: number;
}

/** Runs `npm run assemble -- <option> K/N` for K = 1 … N, one after another, as N runners would at once. */
async function runParts(
  label: string,
  option: string,
  parts: number,
  what: (part: string) => string,
): Promise<Measured[]> {
  const measured: Measured[] = [];
  for (let k = 1; k <= parts; k += 1) {
    const part = `${k}/${parts}`;
    const step = await run(`${label}：${what(part)}`, 'assemble.ts', ['--plan', planFile, option, part]);
    measured.push(step);
    console.error(`[${label}] ${what(part)} ${step.seconds.toFixed(1)} 秒，峰值 ${step.peakRssMb} MB`);
  }
  return measured;
}

/** The assembly as CI runs it: the page groups and the index slices (one after another here), then the combine. */
async function assembleInSteps(label: string): Promise<AssemblySteps> {
  rmSync(env.ARCHIVE_INDEX_SLICES_DIR, { recursive: true, force: true });
  rmSync(env.ARCHIVE_PAGE_GROUPS_DIR, { recursive: true, force: true });
  const groups = await runParts(label, '--page-group', pageGroups, (part) => `全国页面第 ${part} 组`);
  const slices = await runParts(label, '--index-slice', indexSlices, (part) => `检索索引第 ${part} 段`);
  const combine = await run(`${label}：合成`, 'assemble.ts', ['--plan', planFile, '--combine']);
  console.error(`[${label}] 合成 ${combine.seconds.toFixed(1)} 秒，峰值 ${combine.peakRssMb} MB`);
  const steps = [...groups, ...slices, combine];
  return {
    groups,
    slices,
    combine,
    seconds: Math.max(...[...groups, ...slices].map((step) => step.seconds)) + combine.seconds,
    peakRssMb: Math.max(...steps.map((step) => step.peakRssMb)),
    cpuSeconds: steps.reduce((sum, step) => sum + step.cpuSeconds, 0),
  };
}

const assembly = await assembleInSteps('拼装');
const site = folderSize(env.ARCHIVE_OUT_DIR);
const shardOutput = folderSize(env.ARCHIVE_SHARDS_DIR);

console.error('[浏览器] 首次与再次检索…');
const browser = await launchChromium();
const server = await serveStatic(env.ARCHIVE_OUT_DIR, { compress: true });
const search = await measureMedian(measureOurSearch, browser, server, searchRuns);
await server.close();
await browser.close();

// One report edited in place and put back afterwards: the plan must move it into exactly one rebuilt shard.
console.error('[改动一篇] 重新计划、重建一个分片、再拼装…');
const changedFile = firstReportFile(planned.shards[0]!.id);
const original = readFileSync(changedFile);
let change: { shard: string; changedShards: number; plan: Measured; shard_build: Measured; assembly: AssemblySteps };
try {
  writeFileSync(changedFile, `${original.toString('utf8').trimEnd()}\n\n本段为测量改动代价而加。\n`);
  const replanned = await plan();
  const before = new Map(planned.shards.map((shard) => [shard.id, shard.hash]));
  const changed = replanned.shards.filter((shard) => before.get(shard.id) !== shard.hash);
  if (changed.length !== 1) {
    console.error(`改动一篇报告后有 ${changed.length} 个分片的哈希变了，应为 1 个。`);
    process.exit(1);
  }
  const shardBuild = await run(`分片 ${changed[0]!.id}`, 'build.ts', ['--shard', changed[0]!.id, '--plan', planFile]);
  const reassembled = await assembleInSteps('改动后拼装');
  change = {
    shard: changed[0]!.id,
    changedShards: changed.length,
    plan: replanned.measured,
    shard_build: shardBuild,
    assembly: reassembled,
  };
} finally {
  writeFileSync(changedFile, original);
}

/** The file of a shard's first report, from its manifest (source paths are relative to the project root). */
function firstReportFile(shard: string): string {
  const manifest = JSON.parse(readFileSync(join(env.ARCHIVE_SHARDS_DIR, shard, 'shard.json'), 'utf8')) as {
    reports: { sourcePath: string }[];
  };
  return resolve(root, manifest.reports[0]!.sourcePath);
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const shardSeconds = shardRuns.map((shard) => shard.seconds);
const shardMemory = shardRuns.map((shard) => shard.peakRssMb);
const cpuSeconds = [planned.measured, ...shardRuns, assembly].reduce((sum, step) => sum + step.cpuSeconds, 0);
const runnerCounts = [...new Set([1, 4, 10, 20, shardRuns.length])].sort((a, b) => a - b);
const result = {
  reports,
  seed,
  machine: { cpus: cpus().length, memory_gb: Math.round(totalmem() / 1024 ** 3), node: process.version },
  plan: { seconds: round(planned.measured.seconds), peak_rss_mb: planned.measured.peakRssMb },
  shards: {
    count: shardRuns.length,
    max_seconds: round(Math.max(...shardSeconds)),
    median_seconds: round(median(shardSeconds)),
    max_peak_rss_mb: Math.max(...shardMemory),
    median_peak_rss_mb: Math.round(median(shardMemory)),
    each: shardRuns.map((shard) => ({
      id: shard.id,
      reports: shard.reports,
      seconds: round(shard.seconds),
      peak_rss_mb: shard.peakRssMb,
      cpu_seconds: round(shard.cpuSeconds),
      ms_per_report: round((shard.seconds * 1000) / shard.reports),
    })),
  },
  assembly: {
    seconds: round(assembly.seconds),
    peak_rss_mb: assembly.peakRssMb,
    cpu_seconds: round(assembly.cpuSeconds),
    page_groups: assembly.groups.map((group) => ({ seconds: round(group.seconds), peak_rss_mb: group.peakRssMb })),
    index_slices: assembly.slices.map((slice) => ({ seconds: round(slice.seconds), peak_rss_mb: slice.peakRssMb })),
    combine: { seconds: round(assembly.combine.seconds), peak_rss_mb: assembly.combine.peakRssMb },
  },
  cpu_seconds: round(cpuSeconds),
  cpu_ms_per_report: round((cpuSeconds * 1000) / reports),
  wall_seconds_on_runners: Object.fromEntries(
    runnerCounts.map((runners) => [
      runners,
      round(
        planned.measured.seconds +
          wallTimeOnRunners(shardSeconds, runners) +
          wallTimeOnRunners(
            [...assembly.groups, ...assembly.slices].map((step) => step.seconds),
            runners,
          ) +
          assembly.combine.seconds,
      ),
    ]),
  ),
  output: { files: site.files, mb: round(site.bytes / 1024 / 1024), shards_mb: round(shardOutput.bytes / 1024 / 1024) },
  search: {
    loader_kb: round(search.loaderKb),
    first_query_kb: round(search.cold.kb),
    first_query_ms: Math.round(search.cold.ms),
    first_query_ms_runs: search.coldMsRuns.map((ms) => Math.round(ms)),
    first_query_results: search.cold.results,
    /** A common phrase at this size is read segment by segment: its first results, before the complete ones. */
    first_results_kb: search.cold.first ? round(search.cold.first.kb) : null,
    first_results_ms: search.cold.first ? Math.round(search.cold.first.ms) : null,
    warm_query_kb: round(search.warm.kb),
    warm_query_ms: Math.round(search.warm.ms),
  },
  one_report_change: {
    shard: change.shard,
    changed_shards: change.changedShards,
    plan_seconds: round(change.plan.seconds),
    shard_seconds: round(change.shard_build.seconds),
    assembly_seconds: round(change.assembly.seconds),
    wall_seconds: round(change.plan.seconds + change.shard_build.seconds + change.assembly.seconds),
  },
};

if (values.json) console.log(JSON.stringify(result, null, 2));
else {
  const { shards, assembly: assembled, search: found, one_report_change: changeCost, output } = result;
  const lines = [
    `${reports.toLocaleString('en')} 篇报告，${shards.count} 个分片` +
      `（${result.machine.cpus} 核，${result.machine.memory_gb} GB，Node ${process.version}）`,
    `分片计划          ${result.plan.seconds} 秒，${result.plan.peak_rss_mb} MB`,
    `分片生成          最长 ${shards.max_seconds} 秒；中位 ${shards.median_seconds} 秒`,
    `分片峰值内存      最高 ${shards.max_peak_rss_mb} MB；中位 ${shards.median_peak_rss_mb} MB`,
    `拼装              ${assembled.seconds} 秒（${assembled.page_groups.length} 组页面与 ${assembled.index_slices.length} 段索引同时，` +
      `再合成），峰值 ${assembled.peak_rss_mb} MB`,
    `  全国页面各组    最长 ${Math.max(...assembled.page_groups.map((group) => group.seconds))} 秒，` +
      `最高 ${Math.max(...assembled.page_groups.map((group) => group.peak_rss_mb))} MB`,
    `  检索索引各段    最长 ${Math.max(...assembled.index_slices.map((slice) => slice.seconds))} 秒，` +
      `最高 ${Math.max(...assembled.index_slices.map((slice) => slice.peak_rss_mb))} MB`,
    `  合成            ${assembled.combine.seconds} 秒，${assembled.combine.peak_rss_mb} MB`,
    `CPU 时间合计      ${result.cpu_seconds} 秒（每篇 ${result.cpu_ms_per_report} 毫秒）`,
    ...runnerCounts.map((runners) => {
      const seconds = result.wall_seconds_on_runners[runners];
      return `${String(runners).padStart(3)} 个运行器        约 ${seconds} 秒（计划 + 分片 + 拼装）`;
    }),
    `输出              ${output.mb} MB，${output.files.toLocaleString('en')} 个文件（分片输出 ${output.shards_mb} MB）`,
    `检索              加载 ${found.loader_kb} KB；首次检索 ${found.first_query_kb} KB、${found.first_query_ms} 毫秒` +
      (found.first_results_kb === null
        ? ''
        : `（最新一段的结果先列出：${found.first_results_kb} KB、${found.first_results_ms} 毫秒）`) +
      `（${found.first_query_results} 条）；再次检索 ${found.warm_query_kb} KB、${found.warm_query_ms} 毫秒`,
    `改动一篇报告      分片 ${changeCost.shard}：计划 ${changeCost.plan_seconds} 秒 + 分片 ${changeCost.shard_seconds} 秒` +
      ` + 拼装 ${changeCost.assembly_seconds} 秒 = ${changeCost.wall_seconds} 秒`,
    '',
    '各分片：',
    ...shards.each.map(
      (shard) =>
        `  ${shard.id.padEnd(24)} ${String(shard.reports).padStart(6)} 篇  ` +
        `${String(shard.seconds).padStart(7)} 秒  ${String(shard.peak_rss_mb).padStart(6)} MB`,
    ),
  ];
  console.log(lines.join('\n'));
}
