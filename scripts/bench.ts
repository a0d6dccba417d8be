import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { measureMedian, measureOurSearch, measureStockSearch, type MedianMeasurement } from './bench/browser-search.ts';
import { corpusReady, ensureCorpus } from './bench/corpus-cache.ts';
import { reportPageWeights } from './bench/page-weight.ts';
import { runProjectPipeline, runStockPipeline, type PipelineResult } from './bench/pipelines.ts';
import {
  baselineMemoryShortfall,
  checkChromium,
  childHeapLimit,
  diskShortfall,
  exitOnShortfalls,
  freeBytesAt,
  heapShortfall,
  pipelineDiskNeed,
  readyPagefind,
} from './bench/prerequisites.ts';
import { pagefindVersion } from './bench/tools.ts';
import { integerOption, parseCommandLine } from './cli.ts';

const help = `用法：npm run bench -- --reports N [--seed S] [--no-baseline] [--json]

生成（并缓存在 .cache/corpus/）N 篇报告的语料，然后依次运行并测量：
  本项目：npm run check，npm run build（页面与检索索引同时生成）
  对照：  原样的 Astro 网站（每篇报告一页，内容集合）加默认设置的 Pagefind ${pagefindVersion}（中文）
输出每个阶段的用时和峰值内存（含全部子进程）、输出的大小和文件数、索引大小、与对照之比、
报告页面的传输大小（gzip 后的 HTML 与 CSS）、以及在无头 Chromium 中首次检索的传输量和用时。

选项：
  --reports N     报告篇数，默认 1000
  --seed S        语料种子，默认 1
  --no-baseline   只测本项目（快，但没有对照数字）
  --search-runs R 浏览器检索重复 R 次（每次都是新的浏览器缓存），取首次检索用时居中的一次，默认 5
  --json          以 JSON 输出
  -h, --help      显示本说明`;

const { values } = parseCommandLine(help, {
  options: {
    reports: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    'no-baseline': { type: 'boolean', default: false },
    'search-runs': { type: 'string', default: '5' },
    json: { type: 'boolean', default: false },
  },
});
const reports = integerOption('reports', values.reports, help);
const seed = integerOption('seed', values.seed, help, 0);
const searchRuns = integerOption('search-runs', values['search-runs'], help);

const root = resolve(import.meta.dirname, '..');
const workDir = resolve(root, '.cache/bench', `pipeline-${reports}-seed-${seed}`);
const baseline = !values['no-baseline'];
// Everything the run needs is checked before the minutes of corpus and build, not found missing after them.
exitOnShortfalls([
  checkChromium(),
  diskShortfall(
    resolve(root, '.cache'),
    pipelineDiskNeed(reports, { baseline, corpusReady: corpusReady(root, reports, seed) }),
    freeBytesAt(resolve(root, '.cache')),
    '腾出磁盘空间（.cache/bench/ 和 .cache/corpus/ 下以前的结果可以删除），或减少 --reports',
  ),
  heapShortfall(reports, childHeapLimit()),
  baseline ? baselineMemoryShortfall(reports, totalmem()) : undefined,
]);
const pagefindEntry = baseline ? readyPagefind(root) : undefined;
const corpus = await ensureCorpus(root, reports, seed);

console.error(`[本项目] check 与 build：${reports} 篇报告…`);
const ours = await runProjectPipeline(root, corpus, resolve(workDir, 'project'));
let stock: PipelineResult | undefined;
if (pagefindEntry) {
  console.error('[对照] 原样 Astro 与 Pagefind…');
  stock = await runStockPipeline(root, corpus, resolve(workDir, 'stock'), pagefindEntry);
}

console.error('[浏览器] 首次与再次检索…');
const browser = await launchChromium();
async function measureIn(siteDir: string, measure: typeof measureOurSearch): Promise<MedianMeasurement> {
  const server = await serveStatic(siteDir, { compress: true });
  try {
    return await measureMedian(measure, browser, server, searchRuns);
  } finally {
    await server.close();
  }
}
const searchOurs = await measureIn(ours.siteDir, measureOurSearch);
const searchStock = stock ? await measureIn(stock.siteDir, measureStockSearch) : undefined;
await browser.close();
const pages = reportPageWeights(ours.siteDir);

const mb = (bytes: number) => bytes / 1024 / 1024;
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
function pipelineJson(result: PipelineResult, search: MedianMeasurement | undefined) {
  return {
    total_seconds: round(result.totalSeconds),
    peak_rss_mb: result.peakRssMb,
    ms_per_report: round((result.totalSeconds * 1000) / reports),
    stages: result.stages.map((stage) => ({
      name: stage.name,
      seconds: round(stage.seconds),
      peak_rss_mb: stage.peakRssMb,
    })),
    files: result.output.files,
    output_mb: round(mb(result.output.bytes)),
    index: {
      files: result.index.files,
      mb: round(mb(result.index.bytes)),
      ...(result.indexSeconds ? { seconds: round(result.indexSeconds) } : {}),
    },
    ...(search
      ? {
          search: {
            loader_kb: round(search.loaderKb, 1),
            first_query_kb: round(search.cold.kb, 1),
            first_query_ms: Math.round(search.cold.ms),
            first_query_ms_runs: search.coldMsRuns.map((ms) => Math.round(ms)),
            warm_query_kb: round(search.warm.kb, 1),
            warm_query_ms: Math.round(search.warm.ms),
          },
        }
      : {}),
  };
}

const result = {
  reports,
  seed,
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? '',
    memory_gb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
  },
  ...pipelineJson(ours, searchOurs),
  page_kb: round(pages.median.kb, 1),
  page_kb_largest: round(pages.largest.kb, 1),
  ...(stock
    ? {
        baseline: pipelineJson(stock, searchStock),
        ratios: {
          speedup: round(stock.totalSeconds / ours.totalSeconds),
          memory: round(ours.peakRssMb / stock.peakRssMb),
          index_size: round(ours.index.bytes / stock.index.bytes),
          files: round(ours.output.files / stock.output.files),
        },
      }
    : {}),
};

if (values.json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const fixed = (value: number, digits = 1) => value.toFixed(digits);
  const describe = (label: string, pipeline: PipelineResult, search: MedianMeasurement | undefined) => {
    console.log(`\n${label}`);
    for (const stage of pipeline.stages)
      console.log(`  ${stage.name.padEnd(12)} ${fixed(stage.seconds).padStart(7)} 秒   峰值内存 ${stage.peakRssMb} MB`);
    if (pipeline.indexSeconds) console.log(`  （其中检索索引 ${fixed(pipeline.indexSeconds)} 秒，与页面生成同时进行）`);
    console.log(
      `  合计         ${fixed(pipeline.totalSeconds).padStart(7)} 秒   峰值内存 ${pipeline.peakRssMb} MB   ` +
        `每篇 ${fixed((pipeline.totalSeconds * 1000) / reports)} 毫秒`,
    );
    console.log(
      `  输出 ${pipeline.output.files} 个文件，${fixed(mb(pipeline.output.bytes))} MB；` +
        `索引 ${pipeline.index.files} 个文件，${fixed(mb(pipeline.index.bytes))} MB`,
    );
    if (search) {
      console.log(
        `  浏览器检索：加载 ${fixed(search.loaderKb)} KB；` +
          `首次“${search.cold.query}” ${fixed(search.cold.kb)} KB、${fixed(search.cold.ms, 0)} 毫秒；` +
          `再次“${search.warm.query}” ${fixed(search.warm.kb)} KB、${fixed(search.warm.ms, 0)} 毫秒`,
      );
      if (search.coldMsRuns.length > 1)
        console.log(
          `  （首次检索 ${search.coldMsRuns.length} 次的用时：${search.coldMsRuns.map((ms) => fixed(ms, 0)).join('、')} 毫秒，取居中的一次）`,
        );
    }
  };
  console.log(
    `${reports} 篇报告（种子 ${seed}），${result.machine.cpus} 核，${result.machine.memory_gb} GB，Node ${process.version}`,
  );
  describe('本项目（check + build）', ours, searchOurs);
  if (stock) describe(`对照（原样 Astro + Pagefind ${pagefindVersion}）`, stock, searchStock);
  console.log(
    `\n报告页面（HTML + CSS，gzip）：中位 ${fixed(pages.median.kb)} KB（${pages.median.path}），最大 ${fixed(pages.largest.kb)} KB（${pages.largest.path}）`,
  );
  if (result.ratios) {
    const ratios = result.ratios;
    console.log(
      `与对照之比：快 ${fixed(ratios.speedup, 2)} 倍；峰值内存 ${fixed(ratios.memory, 2)}；` +
        `索引大小 ${fixed(ratios.index_size, 2)}；文件数 ${fixed(ratios.files, 2)}`,
    );
  }
}
