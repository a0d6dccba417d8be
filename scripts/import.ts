import { resolve } from 'node:path';
import { resolveArchivePaths } from '../src/lib/config/paths.ts';
import { loadYamlFile } from '../src/lib/archive/load-yaml-file.ts';
import { vocabularySchema } from '../src/lib/schema/topic.ts';
import { createTagger } from '../src/lib/topics/tagger.ts';
import { importFiles } from '../src/lib/importer/import-files.ts';
import { formatOutcomes } from '../src/lib/importer/format-outcome.ts';
import { formatDiagnostic } from '../src/lib/validation/diagnostic.ts';
import { progressBar } from './progress.ts';
import { parseCommandLine, usageError } from './cli.ts';

const help = `用法：npm run import -- [选项] 文件或目录…

把从网站保存的网页或文本（UTF-8、UTF-16、GBK/GB18030、Big5 均可）整理为
报告文件：去掉网站杂质、拆分合集、找出标题与层级、填好 front matter（地区按
国家行政区划）、为每一节标注主题。每篇报告写成 <输出目录>/<年份>/<文件名>.md。

输出先列把握不足的报告和字段（? 开头），再列提示（! 开头），最后逐行列出去掉的
内容：原文行号、规则和文字，删错了可以从原文那一行找回。--json 里是 removals 和
confidence。杂质规则在 src/lib/importer/catalogue.yml，见 docs/importer.md。

选项：
  --out DIR          输出目录（默认：内容目录下的 reports/，即 content/reports/）
  --dry-run          只显示会生成什么，不写文件
  --force            同一篇报告以前导入过时，覆盖原文件（默认跳过）
  --json             以 JSON 输出结果
  --source-url URL   原网页地址，写入 source.url
  --source-name 名称  来源网站名称，写入 source.name（默认从页面识别）
  -h, --help         显示本说明

退出状态：有文件无法导入时为 1，否则为 0。`;

const { values, positionals } = parseCommandLine(help, {
  allowPositionals: true,
  options: {
    out: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    'source-url': { type: 'string' },
    'source-name': { type: 'string' },
  },
});
if (positionals.length === 0) usageError('没有给出要导入的文件或目录。', help);

const paths = resolveArchivePaths();
const vocabulary = await loadYamlFile(paths.topicsFile, vocabularySchema);
if (!vocabulary.value) {
  console.error(vocabulary.diagnostics.map((diagnostic) => formatDiagnostic(diagnostic)).join('\n'));
  process.exit(1);
}

const bar = !values.json && process.stderr.isTTY ? progressBar(process.stderr, '导入') : undefined;
const outcomes = await importFiles({
  inputs: positionals,
  outDir: values.out ? resolve(values.out) : paths.reportsDir,
  existingDirs: [paths.reportsDir],
  dryRun: values['dry-run'],
  force: values.force,
  tagger: createTagger(vocabulary.value.topics),
  ...(values['source-url'] ? { sourceUrl: values['source-url'] } : {}),
  ...(values['source-name'] ? { sourceName: values['source-name'] } : {}),
  ...(bar ? { onProgress: bar.update } : {}),
});
bar?.done();

console.log(values.json ? JSON.stringify(outcomes, null, 2) : formatOutcomes(outcomes, { dryRun: values['dry-run'] }));
process.exit(outcomes.some((outcome) => !outcome.ok) ? 1 : 0);
