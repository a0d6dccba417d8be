import { resolveArchivePaths } from '../src/lib/config/paths.ts';
import { inspectArchive } from '../src/lib/archive/load-archive.ts';
import { compareDiagnostics, displayPath, formatDiagnostic } from '../src/lib/validation/diagnostic.ts';
import { parseCommandLine } from './cli.ts';

const help = `用法：npm run check [-- --json]

检查内容目录（ARCHIVE_CONTENT_DIR，默认 content/）中的全部报告，不生成网站。
每个问题一行：文件:行: 字段: 说明，下一行是修改提示。有任何问题时退出状态为 1。`;

const { values } = parseCommandLine(help, { options: { json: { type: 'boolean', default: false } } });

const started = performance.now();
const paths = resolveArchivePaths();
const { archive, diagnostics } = await inspectArchive({ paths, render: false });
const sorted = [...diagnostics].sort(compareDiagnostics);
const seconds = ((performance.now() - started) / 1000).toFixed(1);

if (values.json) {
  console.log(JSON.stringify(sorted.map((diagnostic) => ({ ...diagnostic, file: displayPath(diagnostic.file) })), null, 2));
} else if (sorted.length > 0) {
  console.log(sorted.map((diagnostic) => formatDiagnostic(diagnostic)).join('\n'));
  const files = new Set(sorted.map((diagnostic) => diagnostic.file)).size;
  console.log(`\n${files} 个文件共有 ${sorted.length} 个问题（检查用时 ${seconds} 秒）。`);
} else {
  console.log(`全部 ${archive?.reports.length ?? 0} 篇报告检查通过（${seconds} 秒）。`);
}
process.exit(sorted.length > 0 ? 1 : 0);
