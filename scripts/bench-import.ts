import { cpus, tmpdir } from 'node:os';
import { Converter } from 'opencc-js';
import { loadYamlFile } from '../src/lib/archive/load-yaml-file.ts';
import { benchImport } from './bench/import-bench.ts';
import { benchPages, pageTemplates } from './bench/import-pages.ts';
import { diskShortfall, exitOnShortfalls, freeBytesAt, importDiskNeed } from './bench/prerequisites.ts';
import { resolveArchivePaths } from '../src/lib/config/paths.ts';
import { vocabularySchema } from '../src/lib/schema/topic.ts';
import { createTagger } from '../src/lib/topics/tagger.ts';
import { formatDiagnostic } from '../src/lib/validation/diagnostic.ts';
import { integerOption, parseCommandLine } from './cli.ts';

const help = `用法：npm run bench:import -- [--pages N] [--seed S] [--json]

用语料生成器的报告做成 N 张“从网站保存下来的”网页，轮流使用 ${pageTemplates.length} 种模板：
带导航、面包屑、浏览次数和推荐阅读的文本页，带导航、侧栏和脚本的网页，三篇报告的合集页，
GBK 编码的网页，整篇写在一行的文本，繁体文本页。网页写到临时目录（用完即删），
再像 npm run import -- --dry-run 一样逐个导入（不写报告文件），测量导入的速度和内存。

输出：网页数、得到的报告篇数、总用时、每秒网页数、每张网页用时的中位数和最大值、
峰值内存（每 50 毫秒采样的 RSS，以及 /proc/self/status 的 VmHWM）、导入失败的网页数，另按模板分列。
只报告数字，不因速度低于目标（每秒 50 张）而失败。

选项：
  --pages N   网页数，默认 1000
  --seed S    语料种子，默认 1
  --json      以 JSON 输出
  -h, --help  显示本说明`;

const { values } = parseCommandLine(help, {
  options: {
    pages: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
  },
});
const pageCount = integerOption('pages', values.pages, help);
const seed = integerOption('seed', values.seed, help, 0);

exitOnShortfalls([
  diskShortfall(
    tmpdir(),
    importDiskNeed(pageCount),
    freeBytesAt(tmpdir()),
    '腾出临时目录所在磁盘的空间，或用环境变量 TMPDIR 指向空间够的目录，或减少 --pages',
  ),
]);
const paths = resolveArchivePaths();
const vocabulary = await loadYamlFile(paths.topicsFile, vocabularySchema);
if (!vocabulary.value) {
  console.error(vocabulary.diagnostics.map((diagnostic) => formatDiagnostic(diagnostic)).join('\n'));
  process.exit(1);
}

if (!values.json) console.error(`生成 ${pageCount} 张网页（种子 ${seed}）…`);
const pages = benchPages(pageCount, { seed, toTraditional: Converter({ from: 'cn', to: 'tw' }) });
if (!values.json) console.error('导入…');
const result = await benchImport(pages, {
  tagger: createTagger(vocabulary.value.topics),
  existingDirs: [paths.reportsDir],
});

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
if (values.json) {
  console.log(
    JSON.stringify(
      {
        pages: result.pages,
        seed,
        machine: { cpus: cpus().length, cpu: cpus()[0]?.model.trim() ?? '', node: process.version },
        reports: result.reports,
        expected_reports: result.expectedReports,
        failed: result.failures.length,
        total_seconds: round(result.seconds, 2),
        pages_per_second: round(result.pagesPerSecond),
        median_ms: round(result.medianMs),
        max_ms: round(result.maxMs),
        slowest_page: result.slowestPage,
        peak_rss_mb: result.peakRssMb,
        ...(result.vmHwmMb === undefined ? {} : { vm_hwm_mb: result.vmHwmMb }),
        templates: Object.fromEntries(
          Object.entries(result.templates).map(([template, figures]) => [
            template,
            {
              pages: figures.pages,
              reports: figures.reports,
              expected_reports: figures.expectedReports,
              failed: figures.failed,
              median_ms: round(figures.medianMs),
            },
          ]),
        ),
        failures: result.failures,
      },
      null,
      2,
    ),
  );
} else {
  console.log(`${result.pages} 张网页（种子 ${seed}），${cpus().length} 核，Node ${process.version}`);
  console.log(`  报告       ${result.reports} 篇（网页里共有 ${result.expectedReports} 篇）`);
  console.log(`  失败       ${result.failures.length} 张`);
  console.log(
    `  总用时     ${result.seconds.toFixed(1)} 秒，每秒 ${result.pagesPerSecond.toFixed(1)} 张（目标 50 张）`,
  );
  console.log(
    `  每张用时   中位 ${result.medianMs.toFixed(1)} 毫秒，最长 ${result.maxMs.toFixed(1)} 毫秒（${result.slowestPage}）`,
  );
  console.log(
    `  峰值内存   ${result.peakRssMb} MB（每 50 毫秒采样）${result.vmHwmMb === undefined ? '' : `，VmHWM ${result.vmHwmMb} MB`}`,
  );
  console.log('\n  模板             网页   报告/应有   失败   中位毫秒');
  for (const [template, figures] of Object.entries(result.templates)) {
    console.log(
      [
        `  ${template.padEnd(14)}`,
        String(figures.pages).padStart(6),
        `${figures.reports}/${figures.expectedReports}`.padStart(11),
        String(figures.failed).padStart(6),
        figures.medianMs.toFixed(1).padStart(10),
      ].join(' '),
    );
  }
  if (result.failures.length > 0) {
    console.log('\n失败的网页（前 10 张）：');
    for (const failure of result.failures.slice(0, 10)) console.log(`  ${failure.page}：${failure.error}`);
  }
}
