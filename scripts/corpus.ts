import { resolve } from 'node:path';
import { writeCorpus } from './corpus/write-corpus.ts';
import { resolveArchivePaths } from '../src/lib/config/paths.ts';
import { progressBar } from './progress.ts';
import { integerOption, parseCommandLine, usageError } from './cli.ts';

const help = `用法：npm run corpus -- --reports N --out DIR [--seed S]

生成 N 篇虚构但符合格式的报告，写成一个完整的内容目录（reports/、topics.yml、site.yml），
供测速和检索测试使用：ARCHIVE_CONTENT_DIR=DIR npm run build。同一种子生成的内容完全相同。

选项：
  --reports N   报告篇数（必填）
  --out DIR     输出的内容目录（必填；已存在时会被清空重写）
  --seed S      随机种子，默认 1`;

const { values } = parseCommandLine(help, {
  options: {
    reports: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
  },
});
const reports = integerOption('reports', values.reports, help);
const seed = integerOption('seed', values.seed, help, 0);
if (!values.out) usageError('缺少 --out 目录。', help);

const started = performance.now();
const bar = process.stderr.isTTY ? progressBar(process.stderr, '生成', 1000) : undefined;
const summary = await writeCorpus({
  reports,
  outDir: resolve(values.out),
  seed,
  topicsFile: resolveArchivePaths().topicsFile,
  ...(bar ? { onProgress: (done: number, total: number) => bar.update(done, total, '') } : {}),
});
bar?.done();
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `生成 ${summary.reports} 篇报告（${(summary.bytes / 1024 / 1024).toFixed(1)} MB，${summary.images} 篇带图片），用时 ${seconds} 秒：${resolve(values.out)}`,
);
