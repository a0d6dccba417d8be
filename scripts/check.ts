import { resolveArchivePaths } from '../src/lib/config/paths.ts';
import { inspectArchive } from '../src/lib/archive/load-archive.ts';
import {
  compareDiagnostics,
  displayPath,
  formatDiagnostic,
  formatWarning,
  type Diagnostic,
} from '../src/lib/validation/diagnostic.ts';
import { parseCommandLine } from './cli.ts';

const help = `用法：npm run check [-- --json]

检查内容目录（ARCHIVE_CONTENT_DIR，默认 content/）中的全部报告，不生成网站。
每个问题一行：文件:行: 字段: 说明，下一行是修改提示。有任何问题时退出状态为 1。
警告（例如地区不是已知的行政区划，或省、市、县对不上）同样列出，说明以“警告：”开头；
警告值得核对，但不影响退出状态，也不妨碍生成网站。`;

const { values } = parseCommandLine(help, { options: { json: { type: 'boolean', default: false } } });

const started = performance.now();
const paths = resolveArchivePaths();
const inspection = await inspectArchive({ paths, render: false });
const errors = [...inspection.diagnostics].sort(compareDiagnostics);
const warnings = [...inspection.warnings].sort(compareDiagnostics);
const seconds = ((performance.now() - started) / 1000).toFixed(1);

if (values.json) {
  // One list, as before, with each entry saying whether it is an error or a warning.
  const entry = (severity: 'error' | 'warning') => (diagnostic: Diagnostic) => ({
    severity,
    ...diagnostic,
    file: displayPath(diagnostic.file),
  });
  console.log(JSON.stringify([...errors.map(entry('error')), ...warnings.map(entry('warning'))], null, 2));
} else {
  const lines = [
    ...errors.map((error) => formatDiagnostic(error)),
    ...warnings.map((warning) => formatWarning(warning)),
  ];
  if (lines.length > 0) console.log(`${lines.join('\n')}\n`);
  if (errors.length > 0) {
    const files = new Set(errors.map((error) => error.file)).size;
    const besides = warnings.length > 0 ? `另有 ${warnings.length} 个警告。` : '';
    console.log(`${files} 个文件共有 ${errors.length} 个问题（检查用时 ${seconds} 秒）。${besides}`);
  } else {
    const besides = warnings.length > 0 ? `另有 ${warnings.length} 个警告，值得核对，但不影响生成网站。` : '';
    console.log(`全部 ${inspection.archive?.reports.length ?? 0} 篇报告检查通过（${seconds} 秒）。${besides}`);
  }
}
process.exit(errors.length > 0 ? 1 : 0);
