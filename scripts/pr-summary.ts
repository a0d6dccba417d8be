import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { inspectArchive } from '../src/lib/archive/load-archive.ts';
import { resolveArchivePaths } from '../src/lib/config/paths.ts';
import { parseNameStatus } from '../src/lib/review/changed-files.ts';
import { prSummaryMarkdown } from '../src/lib/review/pr-summary.ts';
import { parseCommandLine } from './cli.ts';

const help = `用法：npm run pr-summary -- [--base 分支或提交]

列出当前分支相对 --base（默认 origin/main；在 GitHub Actions 的拉取请求中为目标分支）
新增、修改、改名和删除的报告：标题、年份、类型、主题、节数，审核提示和校验问题。
输出 Markdown；设置了 GITHUB_STEP_SUMMARY 时同时写入任务摘要。`;

const { values } = parseCommandLine(help, { options: { base: { type: 'string' } } });

const githubBase = process.env['GITHUB_BASE_REF'];
const base = values.base ?? (githubBase ? `origin/${githubBase}` : 'origin/main');
const paths = resolveArchivePaths();
const reportsFolder = relative(paths.root, paths.reportsDir).split(sep).join('/');
const diff = spawnSync('git', ['diff', '--name-status', '-z', '-M', `${base}...HEAD`, '--', reportsFolder], {
  cwd: paths.root,
  encoding: 'utf8',
});
if (diff.status !== 0) {
  console.error(
    `无法与 ${base} 比较：${diff.stderr.trim()}\n在浅克隆中需要先取回目标分支，例如 git fetch origin main。`,
  );
  process.exit(2);
}
const changes = parseNameStatus(diff.stdout).filter((change) => change.path.endsWith('.md'));
const { archive, diagnostics } = await inspectArchive({ paths });
const summary = prSummaryMarkdown({
  changes,
  archive,
  diagnostics,
  relativePath: (file) => relative(paths.root, file).split(sep).join('/'),
});
console.log(summary);
const stepSummary = process.env['GITHUB_STEP_SUMMARY'];
if (stepSummary) appendFileSync(stepSummary, `${summary}\n`);
