import { join, resolve } from 'node:path';
import { Converter } from 'opencc-js';
import { loadArchive } from '../src/lib/archive/load-archive.ts';
import { benchmarkQueries, measureQuality, truthFor, type Quality } from './bench/search-quality.ts';
import { resolveArchivePaths } from '../src/lib/config/paths.ts';
import { buildSearchIndex } from '../src/lib/search/build/build-index.ts';
import { indexInputOf } from '../src/lib/search/build/index-input.ts';
import { runSearch } from '../src/lib/search/read/run-search.ts';
import { directorySource, findIndexDirectory } from '../src/lib/search/build/directory-source.ts';
import { parseQuery } from '../src/lib/search/read/parse-query.ts';
import { SearchIndex } from '../src/lib/search/read/search-index.ts';
import { launchChromium } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import {
  measureMedian,
  measureOurSearch,
  measureStockSearch,
  stockResults,
  writeStockLoaderPage,
  type MedianMeasurement,
} from './bench/browser-search.ts';
import { corpusReady, ensureCorpus } from './bench/corpus-cache.ts';
import { runMeasured } from './bench/measure.ts';
import { folderSize } from './bench/sizes.ts';
import {
  checkChromium,
  childHeapLimit,
  diskShortfall,
  exitOnShortfalls,
  freeBytesAt,
  heapShortfall,
  readyPagefind,
  searchDiskNeed,
} from './bench/prerequisites.ts';
import { pagefindVersion } from './bench/tools.ts';
import { integerOption, parseCommandLine } from './cli.ts';

const help = `用法：npm run bench:search -- [--reports N] [--seed S] [--queries Q] [--search-runs R] [--json]

在本档案（content/）和一份生成的语料上，分别测量本项目的检索与原样的 Pagefind ${pagefindVersion}（中文默认设置）：
检索质量（以“原文含有检索词”为准的召回率和精确率，含繁简互查）、索引大小和生成时间、
以及在无头 Chromium 中首次检索和再次检索的传输量与出结果时间。

选项：
  --reports N   生成语料的报告篇数，默认 2000（目标按 10000 篇衡量）
  --seed S      语料种子，默认 1
  --queries Q   从原文抽样的检索词个数（另有固定检索词），默认 60
  --search-runs R 浏览器检索重复 R 次（每次都是新的浏览器缓存），取首次检索用时居中的一次，默认 5
  --json        以 JSON 输出`;

const { values } = parseCommandLine(help, {
  options: {
    reports: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '1' },
    queries: { type: 'string', default: '60' },
    'search-runs': { type: 'string', default: '5' },
    json: { type: 'boolean', default: false },
  },
});
const reports = integerOption('reports', values.reports, help);
const seed = integerOption('seed', values.seed, help, 0);
const queryCount = integerOption('queries', values.queries, help);
const searchRuns = integerOption('search-runs', values['search-runs'], help);

const root = resolve(import.meta.dirname, '..');
const astro = resolve(root, 'node_modules/astro/bin/astro.mjs');
exitOnShortfalls([
  checkChromium(),
  diskShortfall(
    resolve(root, '.cache'),
    searchDiskNeed(reports, { corpusReady: corpusReady(root, reports, seed) }),
    freeBytesAt(resolve(root, '.cache')),
    '腾出磁盘空间（.cache/bench/ 和 .cache/corpus/ 下以前的结果可以删除），或减少 --reports',
  ),
  heapShortfall(reports, childHeapLimit()),
]);
const toTraditional = Converter({ from: 'cn', to: 'tw' });
const pagefindEntry = readyPagefind(root);
const browser = await launchChromium();

interface TargetResult {
  name: string;
  reports: number;
  build: { seconds: number; peakRssMb: number };
  index: { seconds: number; mb: number; files: number };
  stock: { seconds: number; peakRssMb: number; mb: number; files: number };
  quality: { ours: Quality; stock: Quality };
  browser: { ours: MedianMeasurement; stock: MedianMeasurement };
}

async function measureTarget(name: string, contentDir: string): Promise<TargetResult> {
  const siteDir = resolve(root, '.cache/bench', name, 'site');
  console.error(`[${name}] 生成网站…`);
  const build = await runMeasured(process.execPath, [astro, 'build', '--silent'], {
    cwd: root,
    env: { ARCHIVE_CONTENT_DIR: contentDir, ARCHIVE_OUT_DIR: siteDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) throw new Error(build.output);

  const archive = await loadArchive({ paths: resolveArchivePaths({ ARCHIVE_CONTENT_DIR: contentDir }, root) });
  const input = indexInputOf(archive);
  const started = performance.now();
  buildSearchIndex(input);
  const indexSeconds = (performance.now() - started) / 1000;
  const indexDir = findIndexDirectory(siteDir)!;
  const indexSize = folderSize(indexDir);

  console.error(`[${name}] 原样 Pagefind 建索引…`);
  const stock = await runMeasured(
    process.execPath,
    [resolve(root, 'scripts/bench/stock-pagefind.ts'), siteDir, pagefindEntry],
    { cwd: root },
  );
  if (stock.status !== 0) throw new Error(stock.output);
  const stockSize = folderSize(join(siteDir, 'pagefind'));
  writeStockLoaderPage(siteDir);

  console.error(`[${name}] 检索质量…`);
  const queries = benchmarkQueries(archive, queryCount, toTraditional, seed);
  const index = await SearchIndex.open(directorySource(indexDir));
  const ours = [];
  for (const { query } of queries) {
    const outcome = await runSearch(index, { terms: parseQuery(query), filters: {}, sort: 'relevance' });
    ours.push({
      query,
      truth: truthFor(archive, query),
      found: new Set(outcome.hits.map((hit) => archive.reports[hit.report]!.slug)),
    });
  }
  const server = await serveStatic(siteDir, { compress: true });
  const stockFound = await stockResults(
    browser,
    server.url,
    queries.map((entry) => entry.query),
  );
  const stockQuality = measureQuality(ours.map((entry) => ({ ...entry, found: stockFound.get(entry.query)! })));

  console.error(`[${name}] 浏览器中的首次与再次检索…`);
  const browserOurs = await measureMedian(measureOurSearch, browser, server, searchRuns);
  const browserStock = await measureMedian(measureStockSearch, browser, server, searchRuns);
  await server.close();

  return {
    name,
    reports: archive.reports.length,
    build: { seconds: build.seconds, peakRssMb: build.peakRssMb },
    index: { seconds: indexSeconds, mb: indexSize.bytes / 1024 / 1024, files: indexSize.files },
    stock: {
      seconds: stock.seconds,
      peakRssMb: stock.peakRssMb,
      mb: stockSize.bytes / 1024 / 1024,
      files: stockSize.files,
    },
    quality: { ours: measureQuality(ours), stock: stockQuality },
    browser: { ours: browserOurs, stock: browserStock },
  };
}

const targets = [
  await measureTarget('archive', resolveArchivePaths({}, root).contentDir),
  await measureTarget(`corpus-${reports}`, await ensureCorpus(root, reports, seed)),
];
await browser.close();

if (values.json) {
  console.log(JSON.stringify(targets, null, 2));
} else {
  const fixed = (value: number, digits = 1) => value.toFixed(digits);
  for (const target of targets) {
    const { quality, browser: timing } = target;
    console.log(`\n== ${target.name}：${target.reports} 篇报告 ==`);
    console.log(
      `检索质量（${quality.ours.queries} 个检索词）   ` +
        `本项目 召回 ${fixed(quality.ours.recall, 3)} 精确 ${fixed(quality.ours.precision, 3)}   ` +
        `Pagefind 召回 ${fixed(quality.stock.recall, 3)} 精确 ${fixed(quality.stock.precision, 3)}`,
    );
    console.log(
      `索引   本项目 ${fixed(target.index.mb)} MB，${target.index.files} 个文件，单线程 ${fixed(target.index.seconds)} 秒   ` +
        `Pagefind ${fixed(target.stock.mb)} MB，${target.stock.files} 个文件，${fixed(target.stock.seconds)} 秒，` +
        `峰值内存 ${target.stock.peakRssMb} MB   大小之比 ${fixed(target.index.mb / target.stock.mb, 2)}`,
    );
    console.log(`网站生成（含索引）${fixed(target.build.seconds)} 秒，峰值内存 ${target.build.peakRssMb} MB`);
    for (const [label, measured] of [
      ['本项目', timing.ours],
      ['Pagefind', timing.stock],
    ] as const) {
      console.log(
        `浏览器 ${label}：加载器 ${fixed(measured.loaderKb)} KB；` +
          `首次“${measured.cold.query}” ${fixed(measured.cold.kb)} KB、${fixed(measured.cold.ms, 0)} 毫秒（${measured.cold.results} 条）；` +
          `再次“${measured.warm.query}” ${fixed(measured.warm.kb)} KB、${fixed(measured.warm.ms, 0)} 毫秒`,
      );
      if (measured.coldMsRuns.length > 1)
        console.log(
          `  （首次检索 ${measured.coldMsRuns.length} 次的用时：${measured.coldMsRuns.map((ms) => fixed(ms, 0)).join('、')} 毫秒，取居中的一次）`,
        );
    }
    if (quality.ours.imperfect.length > 0)
      console.log(`本项目不完全正确的检索词：${JSON.stringify(quality.ours.imperfect)}`);
    console.log(
      `Pagefind 不完全正确的检索词 ${quality.stock.imperfect.length} 个，例如：${quality.stock.imperfect
        .slice(0, 5)
        .map((entry) => `${entry.query}（应 ${entry.expected}，得 ${entry.found}，对 ${entry.correct}）`)
        .join('；')}`,
    );
  }
}
