import { resolve } from 'node:path';
import { readGallery, scoreImport, summarizeScores, type CaseScore } from './bench/import-gallery.ts';
import { importBytes } from '../src/lib/importer/import-text.ts';
import { loadYamlFile } from '../src/lib/archive/load-yaml-file.ts';
import { resolveArchivePaths } from '../src/lib/config/paths.ts';
import { vocabularySchema } from '../src/lib/schema/topic.ts';
import { createTagger } from '../src/lib/topics/tagger.ts';
import { formatDiagnostic } from '../src/lib/validation/diagnostic.ts';
import { parseCommandLine } from './cli.ts';

const defaultDir = 'tests/fixtures/importer/gallery';
const help = `用法：npm run score:import -- [目录] [--only 前缀] [--json]

把一个样例目录里的每张网页导入一遍，与人工核对的期望结果逐字段、逐段比较，给出通过率。
目录的格式见 ${defaultDir}/README.md：每个子目录一张 page.*、expected/1.md …，case.yml 可有可无。
用它衡量导入工具在没见过的网站上的表现：把新保存的网页和期望结果放进一个目录，运行本命令。

两种通过：
  干净   标题、类型、年份、日期、繁简、匿名和正文都对（issuer、region、level 不算在内）
  全对   所有字段和正文都对（项目自己的样例库要求全对，见 npm test）

输出每张网页的结果（不对的列出差别）、两种通过率、最常错的字段、按杂质种类的干净率。
不因通过率低而失败；目录或文件格式有误时退出码为 1。

选项：
  目录          默认 ${defaultDir}
  --only 前缀   只比较名字以此开头的子目录
  --json        以 JSON 输出
  -h, --help    显示本说明`;

const { values, positionals } = parseCommandLine(help, {
  allowPositionals: true,
  options: { only: { type: 'string' }, json: { type: 'boolean', default: false } },
});

const paths = resolveArchivePaths();
const vocabulary = await loadYamlFile(paths.topicsFile, vocabularySchema);
if (!vocabulary.value) {
  console.error(vocabulary.diagnostics.map((diagnostic) => formatDiagnostic(diagnostic)).join('\n'));
  process.exit(1);
}
const tagger = createTagger(vocabulary.value.topics);

const dir = resolve(positionals[0] ?? defaultDir);
let cases: ReturnType<typeof readGallery>;
try {
  cases = readGallery(dir).filter((gallery) => !values.only || gallery.name.startsWith(values.only));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const scores: CaseScore[] = [];
for (const gallery of cases) {
  const score = scoreImport(gallery, importBytes(gallery.page, { tagger }));
  scores.push(score);
  if (values.json) continue;
  console.log(`${score.exact ? '全对' : score.clean ? '干净' : '不对'}  ${score.name}`);
  for (const difference of score.differences)
    console.log(`      ${difference.report ? `#${difference.report} ` : ''}${difference.message}`);
}
const summary = summarizeScores(scores);
const percent = (count: number) => (summary.cases === 0 ? '—' : `${Math.round((count / summary.cases) * 100)}%`);

if (values.json) {
  console.log(JSON.stringify({ dir, ...summary, scores }, null, 2));
} else {
  console.log(`\n${dir}：${summary.cases} 张网页`);
  console.log(`  干净   ${summary.clean} 张（${percent(summary.clean)}）`);
  console.log(`  全对   ${summary.exact} 张（${percent(summary.exact)}）`);
  const wrong = Object.entries(summary.wrongFields).sort(([, a], [, b]) => b - a);
  if (wrong.length > 0)
    console.log(`  出错的字段（张数）：${wrong.map(([field, count]) => `${field} ${count}`).join('，')}`);
  const kinds = Object.entries(summary.kinds).filter(([, figures]) => figures.clean < figures.cases);
  if (kinds.length > 0) {
    console.log('  没有全部干净的杂质种类（干净/张数）：');
    for (const [kind, figures] of kinds.sort(([, a], [, b]) => a.clean / a.cases - b.clean / b.cases))
      console.log(`    ${kind.padEnd(20)} ${figures.clean}/${figures.cases}`);
  }
}
