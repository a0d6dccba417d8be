import { loadYamlFile } from '../archive/load-yaml-file.ts';
import type { ArchivePaths } from '../config/paths.ts';
import { siteSchema } from '../schema/site.ts';
import { displayPath, formatDiagnostic } from '../validation/diagnostic.ts';
import { codeVersion } from './code-version.ts';
import { planShards, type ShardEntry, type ShardPlan } from './plan-shards.ts';
import { readShardEntries } from './read-shard-entries.ts';

export type ArchivePlan = { ok: true; plan: ShardPlan; entries: ShardEntry[] } | { ok: false; problems: string[] };

/** The shard plan of the archive at `paths`: site.yml's limit, every report's front matter, the code version. */
export async function planArchive(paths: ArchivePaths): Promise<ArchivePlan> {
  const site = await loadYamlFile(paths.siteFile, siteSchema);
  if (!site.value) return { ok: false, problems: site.diagnostics.map((diagnostic) => formatDiagnostic(diagnostic)) };
  const { entries, unplanned } = await readShardEntries(paths.reportsDir);
  if (unplanned.length > 0) {
    return {
      ok: false,
      problems: [
        ...unplanned.map((file) => `${displayPath(file.file)}: ${file.message}`),
        `${unplanned.length} 篇报告读不出省份和年份，无法分片；先运行 npm run check 修正。`,
      ],
    };
  }
  return { ok: true, plan: planShards(entries, site.value.shards.maxReports, codeVersion(paths)), entries };
}
