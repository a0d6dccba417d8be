import { inspectArchive } from '../src/lib/archive/load-archive.ts';
import { resolveArchivePaths } from '../src/lib/config/paths.ts';
import { verifySite } from '../src/lib/publish/verify.ts';
import { formatDiagnostic } from '../src/lib/validation/diagnostic.ts';
import { parseCommandLine } from './cli.ts';

const help = `用法：npm run verify

核对已生成的网站（ARCHIVE_OUT_DIR，默认 dist/）与内容目录（ARCHIVE_CONTENT_DIR）是否一致：
每篇报告都有页面，页面上的 SHA-256 与源文件相同，出现在 sitemap、年份订阅源、数据导出、
校验清单和检索索引中；每个页面的每个站内链接和锚点都能打开。有任何问题时退出状态为 1。`;

parseCommandLine(help, { options: {} });

const started = performance.now();
const paths = resolveArchivePaths();
const { archive, diagnostics } = await inspectArchive({ paths, render: false });
if (!archive || diagnostics.length > 0) {
  console.log(diagnostics.map((diagnostic) => formatDiagnostic(diagnostic)).join('\n'));
  console.log('\n内容本身有问题，先运行 npm run check 修正。');
  process.exit(1);
}
const problems = await verifySite(archive, paths.outDir, paths.basePath);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
for (const problem of problems) console.log(`${problem.subject}: ${problem.message}`);
console.log(
  problems.length === 0
    ? `网站与内容一致：${archive.reports.length} 篇报告全部核对通过（${seconds} 秒）。`
    : `\n发现 ${problems.length} 个问题（${seconds} 秒）。`,
);
process.exit(problems.length > 0 ? 1 : 0);
