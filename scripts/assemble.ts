import { resolveArchivePaths } from '../src/lib/config/paths.ts';
import { runStagedBuild } from './build/staged-build.ts';
import { parseCommandLine } from './cli.ts';

const help = `用法：npm run assemble [-- --plan 文件]

把 ARCHIVE_SHARDS_DIR（默认 dist-shards/）里生成好的各分片拼成全国网站，写到 ARCHIVE_OUT_DIR（默认 dist/）：
首页、主题、年份、地区、类型、订阅源、站点地图、开放数据和校验清单由各分片的清单生成，
报告页面和图片从分片复制，不再重新生成；检索索引由各分片的索引合并而成。

每个分片都按当前内容的分片计划核对：缺少或已过期的分片会列出来，并给出重新生成它的命令。
结果与 npm run build 在一台机器上生成的网站逐字节相同。

  --plan 文件  读 npm run shards -- --save 存下的分片计划，不再读全部报告的 front matter。`;

const { values } = parseCommandLine(help, { options: { plan: { type: 'string' } } });
await runStagedBuild({
  target: resolveArchivePaths().outDir,
  env: { ARCHIVE_ASSEMBLE: '1', ...(values.plan ? { ARCHIVE_SHARD_PLAN: values.plan } : {}) },
  label: '网站',
});
