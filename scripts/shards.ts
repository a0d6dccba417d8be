import { resolveArchivePaths } from '../src/lib/config/paths.ts';
import { writeFileSync } from 'node:fs';
import { planArchive } from '../src/lib/shards/plan-archive.ts';
import { savePlan } from '../src/lib/shards/saved-plan.ts';
import type { Shard } from '../src/lib/shards/plan-shards.ts';
import { parseCommandLine } from './cli.ts';

const help = `用法：npm run shards [-- --json] [--save 文件]

按内容算出分片计划：每个省一个分片；一个省的报告多于 content/site.yml 里 shards.maxReports
（默认 10000）时，按对齐的年份段（8、4、2 或 1 年）再分；没有写省份的报告单独成片。
一篇报告只在它自己的省份、年份改变，或它所在的省要分得更细时才换分片。
每个分片有一个哈希：代码、设置和分片里每篇报告的文件都不变时，哈希不变，CI 可以直接用缓存。

  --json         输出 JSON（CI 的任务矩阵读它）：分片的 id、省份、年份段、报告数和哈希
  --save 文件    另把完整的计划（每片的报告、每篇的文件哈希、同一单位上下篇的链接）存进这个文件；
                 npm run build -- --shard ID --plan 文件 和 npm run assemble -- --plan 文件 读它，
                 不再各自读一遍全部报告的 front matter（一百万篇时每次要几分钟）`;

const { values } = parseCommandLine(help, {
  options: { json: { type: 'boolean', default: false }, save: { type: 'string' } },
});

const planned = await planArchive(resolveArchivePaths());
if (!planned.ok) {
  console.error(planned.problems.join('\n'));
  process.exit(1);
}
const { plan, entries } = planned;
if (values.save) writeFileSync(values.save, JSON.stringify(savePlan(plan, entries)));

const yearsLabel = (shard: Shard) =>
  shard.years === null ? '全部年份' : shard.years === 'undated' ? '年份不详' : `${shard.years.from}–${shard.years.to}`;

if (values.json) {
  const shards = plan.shards.map(({ slugs, ...shard }) => ({ ...shard, reports: slugs.length }));
  console.log(JSON.stringify({ maxReports: plan.maxReports, codeVersion: plan.codeVersion, shards }, null, 2));
} else {
  console.log(
    `${entries.length.toLocaleString('en')} 篇报告分为 ${plan.shards.length} 个分片（每片最多 ${plan.maxReports.toLocaleString('en')} 篇）`,
  );
  const width = Math.max(...plan.shards.map((shard) => shard.id.length), 2);
  for (const shard of plan.shards) {
    const count = shard.slugs.length.toLocaleString('en').padStart(8);
    const columns = [shard.id.padEnd(width), `${count} 篇`, yearsLabel(shard).padEnd(9), shard.hash.slice(0, 12)];
    console.log(`  ${columns.join('  ')}  ${shard.province ?? '（未写省份）'}`);
  }
}
for (const id of plan.oversized) {
  console.error(`注意：分片 ${id} 超过上限，因为同一个省同一年的报告就有这么多；可以调高 shards.maxReports。`);
}
