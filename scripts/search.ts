import { resolveArchivePaths } from '../src/lib/config/paths.ts';
import { filtersFromOptions } from '../src/lib/search/read/command-line-filters.ts';
import { isSortOrder, runSearch, sortOrders } from '../src/lib/search/read/run-search.ts';
import { directorySource, findIndexDirectory } from '../src/lib/search/build/directory-source.ts';
import { presentHits } from '../src/lib/search/read/present-results.ts';
import { parseQuery } from '../src/lib/search/read/parse-query.ts';
import { SearchIndex } from '../src/lib/search/read/search-index.ts';
import { parseCommandLine, usageError } from './cli.ts';

const help = `用法：npm run search -- [选项] 检索词

在已生成网站（ARCHIVE_OUT_DIR，默认 dist/）的检索索引中检索，按排序列出全部结果。
多个词用空格分开，须出现在同一节（或标题）中；繁简、全角半角、大小写互通；
字母和数字按整词匹配；含空格的短语用引号括起来。

选项：
  --year Y       年份，如 2020；年份不详写 undated（可重复，多个之间为“或”）
  --topic ID     主题 id，如 teachers（可重复）
  --type T       summary | plan | speech | report | other（可重复）
  --region 名称   省或市，如 河南省、濮阳市（可重复）
  --level L      province | city | district | county | unknown（可重复）
  --sort S       relevance（默认）| newest | oldest
  --json         输出 JSON
  -h, --help     显示本说明`;

const { values, positionals } = parseCommandLine(help, {
  allowPositionals: true,
  options: {
    year: { type: 'string', multiple: true },
    topic: { type: 'string', multiple: true },
    type: { type: 'string', multiple: true },
    region: { type: 'string', multiple: true },
    level: { type: 'string', multiple: true },
    sort: { type: 'string', default: 'relevance' },
    json: { type: 'boolean', default: false },
  },
});
const sort = values.sort;
if (!isSortOrder(sort)) usageError(`--sort 只能是 ${sortOrders.join('、')}`, help);

const { outDir } = resolveArchivePaths();
const directory = findIndexDirectory(outDir);
if (!directory) {
  console.error(`${outDir} 中没有检索索引。先运行 npm run build 生成网站。`);
  process.exit(1);
}
const index = await SearchIndex.open(directorySource(directory));
const terms = parseQuery(positionals.join(' '));
const filters = filtersFromOptions(index.manifest, values);
const outcome = await runSearch(index, { terms, filters, sort });
const results = await presentHits(
  index,
  outcome,
  terms,
  { from: 0, to: outcome.hits.length },
  { base: '/', highlightLinks: false },
);

if (values.json) {
  const json = results.map((result) => ({
    url: result.url,
    title: result.title,
    issuer: result.issuer,
    year: result.year,
    type: result.type,
    topics: result.topics.map((topic) => topic.id),
    sections: result.sections.map((section) => ({
      url: section.url,
      heading: section.heading,
      excerpt: section.excerpt,
    })),
  }));
  console.log(JSON.stringify(json, null, 2));
} else {
  console.log(`${results.length} 篇报告，${outcome.sectionCount} 节。`);
  for (const result of results) {
    console.log(`\n${result.title}（${result.issuer}，${result.yearLabel}，${result.typeLabel}）\n  ${result.url}`);
    for (const section of result.sections)
      console.log(`  · ${section.heading}\n    ${section.excerpt}\n    ${section.url}`);
  }
}
