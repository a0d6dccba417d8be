import { resolveArchivePaths } from '../src/lib/config/paths.ts';
import { parseStepPart } from '../src/lib/config/build-scope.ts';
import { combineAssembly, mergeIndexSlice } from '../src/lib/shards/assembly-steps.ts';
import { pageGroupFolder } from '../src/lib/shards/page-groups.ts';
import { ShardError } from '../src/lib/shards/shard-manifest.ts';
import { runStagedBuild } from './build/staged-build.ts';
import { parseCommandLine, usageError } from './cli.ts';

const help = `用法：npm run assemble [-- --plan 文件] [--pages | --page-group K/N | --index-slice K/N | --combine]

把 ARCHIVE_SHARDS_DIR（默认 dist-shards/）里生成好的各分片拼成全国网站，写到 ARCHIVE_OUT_DIR（默认 dist/）：
首页、主题、年份、地区、类型、订阅源、站点地图、开放数据和校验清单由各分片的清单生成，
报告页面和图片从分片复制，不再重新生成；检索索引由各分片的索引合并而成。

每个分片都按当前内容的分片计划核对：缺少或已过期的分片会列出来，并给出重新生成它的命令。
结果与 npm run build 在一台机器上生成的网站逐字节相同。

不带 --pages、--index-slice、--combine 时一次做完。大的档案可以分成几步，在几个 CI 运行器上同时做：
  --pages          只生成全国页面（不含检索索引，不复制分片的文件）
  --page-group K/N
                   只生成全国页面的第 K 组（共 N 组），写到 ARCHIVE_PAGE_GROUPS_DIR（默认 dist-page-groups/）；
                   N 组可以同时在 N 台机器上生成，代替 --pages
  --index-slice K/N
                   合并检索索引的第 K 段（共 N 段），写到 ARCHIVE_INDEX_SLICES_DIR（默认 dist-index-slices/）；
                   N 段可以同时在 N 台机器上合并
  --combine        全国页面（--pages 或全部各组）和检索索引的全部各段都完成后：放进各组页面、写站点地图，
                   把各段拼成网站的检索索引，再放进各分片的报告页面和图片
分步的结果与一次做完的逐字节相同。

  --plan 文件      读 npm run shards -- --save 存下的分片计划，不再读全部报告的 front matter。`;

const { values } = parseCommandLine(help, {
  options: {
    plan: { type: 'string' },
    pages: { type: 'boolean', default: false },
    'page-group': { type: 'string' },
    'index-slice': { type: 'string' },
    combine: { type: 'boolean', default: false },
  },
});
const steps = [values.pages, values['page-group'] !== undefined, values['index-slice'] !== undefined, values.combine];
if (steps.filter(Boolean).length > 1)
  usageError('--pages、--page-group、--index-slice 和 --combine 一次只能选一个。', help);
if (values.plan) process.env['ARCHIVE_SHARD_PLAN'] = values.plan;

async function runStep(step: () => Promise<string>): Promise<void> {
  process.env['ARCHIVE_ASSEMBLE'] = '1';
  try {
    console.log(await step());
  } catch (error) {
    if (!(error instanceof ShardError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

if (values['page-group'] !== undefined) {
  const group = parseStepPart(values['page-group']);
  if (!group) usageError('--page-group 应写成 K/N，1 ≤ K ≤ N，例如 2/4。', help);
  await runStagedBuild({
    target: pageGroupFolder(resolveArchivePaths().pageGroupsDir, group),
    env: { ARCHIVE_ASSEMBLE: 'pages', ARCHIVE_PAGE_GROUP: `${group.part}/${group.parts}` },
    label: `全国页面第 ${group.part}/${group.parts} 组（其余各组、检索索引和分片的文件由 --combine 放在一起）`,
  });
} else if (values['index-slice'] !== undefined) {
  const chosen = parseStepPart(values['index-slice']);
  if (!chosen) usageError('--index-slice 应写成 K/N，1 ≤ K ≤ N，例如 2/4。', help);
  await runStep(async () => {
    const done = await mergeIndexSlice(chosen.part, chosen.parts);
    return (
      `检索索引第 ${done.slice}/${done.slices} 段：第 ${done.from}–${done.to - 1} 个桶（共 ${done.buckets} 个），` +
      `${done.terms} 个词，${(done.bytes / 1024 / 1024).toFixed(1)} MB，由 ${done.shards} 个分片的索引合并，` +
      `${done.seconds.toFixed(1)} 秒：${done.folder}`
    );
  });
} else if (values.combine) {
  await runStep(async () => {
    const done = await combineAssembly();
    const pages = done.groups > 0 ? `全国页面由 ${done.groups} 组放在一起（${done.pageFiles} 个文件）；` : '';
    return (
      pages +
      `检索索引由 ${done.slices} 段拼成，${done.terms} 个词，${(done.bytes / 1024 / 1024).toFixed(1)} MB，` +
      `${done.indexSeconds.toFixed(1)} 秒；放进分片的 ${done.copied} 个文件；共 ${done.seconds.toFixed(1)} 秒。` +
      `网站已生成：${resolveArchivePaths().outDir}`
    );
  });
} else {
  await runStagedBuild({
    target: resolveArchivePaths().outDir,
    env: { ARCHIVE_ASSEMBLE: values.pages ? 'pages' : '1' },
    label: values.pages ? '全国页面（检索索引和分片的文件由 --index-slice 和 --combine 补上）' : '网站',
  });
}
