import { join } from 'node:path';
import { resolveArchivePaths } from '../src/lib/config/paths.ts';
import { shardSiteFolder } from '../src/lib/shards/shard-manifest.ts';
import { runStagedBuild } from './build/staged-build.ts';
import { parseCommandLine } from './cli.ts';

const help = `用法：npm run build [-- --shard ID [--plan 文件]]

不带参数：在这台机器上生成整个网站（全部报告页面、全国的浏览页、检索索引、开放数据），
写到 ARCHIVE_OUT_DIR（默认 dist/）。结果与各分片分别生成再 npm run assemble 逐字节相同。

  --shard ID   只生成一个分片（分片 id 见 npm run shards）：它的报告页面、图片、
               检索索引的一部分和分片清单，写到 ARCHIVE_SHARDS_DIR/ID/（默认 dist-shards/ID/）。
               全部分片生成后，用 npm run assemble 拼成全国网站。
  --plan 文件  读 npm run shards -- --save 存下的分片计划，不再读全部报告的 front matter；
               分片里的报告与计划不符时报错。

生成先写进旁边的临时目录，全部成功才换入；失败或中断时原来的输出保持原样。`;

const { values } = parseCommandLine(help, { options: { shard: { type: 'string' }, plan: { type: 'string' } } });
const paths = resolveArchivePaths();

if (values.shard === undefined) {
  await runStagedBuild({ target: paths.outDir, label: '网站' });
} else {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(values.shard)) {
    console.error(`分片 id 只含小写字母、数字和连字符：${values.shard}。npm run shards 列出全部分片。`);
    process.exit(2);
  }
  await runStagedBuild({
    target: join(paths.shardsDir, values.shard),
    siteFolder: shardSiteFolder,
    env: { ARCHIVE_SHARD: values.shard, ...(values.plan ? { ARCHIVE_SHARD_PLAN: values.plan } : {}) },
    label: `分片 ${values.shard} `,
  });
}
