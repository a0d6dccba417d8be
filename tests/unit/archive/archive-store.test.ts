import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  forgetArchives,
  getArchive,
  getCatalogue,
  getIndexVersion,
  getShardManifests,
  getShardPlan,
} from '../../../src/lib/archive/archive-store.ts';
import { resolveArchivePaths } from '../../../src/lib/config/paths.ts';
import { planArchive } from '../../../src/lib/shards/plan-archive.ts';
import { savePlan } from '../../../src/lib/shards/saved-plan.ts';
import { shardFormatVersion, shardManifestFile, type ShardManifest } from '../../../src/lib/shards/shard-manifest.ts';
import { reportFile, tempArchive } from '../../helpers/temp-archive.ts';

afterEach(() => {
  forgetArchives();
  vi.unstubAllEnvs();
});

function useArchive(reports: Record<string, string>) {
  const paths = tempArchive(reports);
  vi.stubEnv('ARCHIVE_CONTENT_DIR', paths.contentDir);
  return paths;
}

describe('the archive shared by a build', () => {
  it('reads the content folder named by ARCHIVE_CONTENT_DIR', async () => {
    useArchive({ 'a.md': reportFile('甲县的正文。'), 'b.md': reportFile('乙县的正文。', { year: '2019' }) });
    const archive = await getArchive();
    expect(archive.reports.map((report) => report.slug)).toEqual(['a', 'b']);
  });

  it('is read once: every caller with the same base gets the same archive', async () => {
    const paths = useArchive({ 'a.md': reportFile('正文。') });
    const first = getArchive('/');
    await first;
    rmSync(join(paths.reportsDir, 'a.md'));
    expect(getArchive('/')).toBe(first);
    expect((await getArchive('/')).reports.map((report) => report.slug)).toEqual(['a']);
  });

  it('is read again for another base path or another content folder', async () => {
    useArchive({ 'a.md': reportFile('正文。') });
    const atRoot = getArchive('/');
    expect(getArchive('/archive/')).not.toBe(atRoot);
    useArchive({ 'b.md': reportFile('正文。') });
    expect((await getArchive('/')).reports.map((report) => report.slug)).toEqual(['b']);
  });

  it('is read again after being forgotten', async () => {
    const paths = useArchive({ 'a.md': reportFile('正文。') });
    await getArchive();
    writeFileSync(join(paths.reportsDir, 'c.md'), reportFile('新加的正文。', { year: '2018' }));
    forgetArchives();
    expect((await getArchive()).reports.map((report) => report.slug)).toEqual(['a', 'c']);
  });

  it('fails with every content problem when the folder is invalid', async () => {
    useArchive({ 'Bad Name.md': reportFile('正文。') });
    await expect(getArchive()).rejects.toThrow(/内容校验发现 1 个问题/);
  });
});

describe('the archive of a shard build and of an assembly', () => {
  const reports = {
    'henan.md': reportFile('河南的正文。', { region: '{ province: 河南省 }', issuer: '甲县教育局' }),
    'henan-old.md': reportFile('河南去年的正文。', {
      region: '{ province: 河南省 }',
      issuer: '甲县教育局',
      year: '2019',
    }),
    'sichuan.md': reportFile('四川的正文。', { region: '{ province: 四川省 }' }),
  };

  it('reads only the reports of the shard ARCHIVE_SHARD names, and makes no national page there', async () => {
    useArchive(reports);
    vi.stubEnv('ARCHIVE_SHARD', '41-henan');
    expect((await getArchive()).reports.map((report) => report.slug)).toEqual(['henan', 'henan-old']);
    expect((await getCatalogue()).reports).toEqual([]);
    const { timelineOf } = await getShardPlan();
    expect(timelineOf('henan').map((report) => report.slug)).toEqual(['henan', 'henan-old']);
    expect(timelineOf('nowhere')).toEqual([]);
    forgetArchives();
    vi.stubEnv('ARCHIVE_SHARD', 'nowhere');
    await expect(getArchive()).rejects.toThrow(/没有名为 nowhere 的分片。现有分片：41-henan、51-sichuan/);
  });

  it('reads a saved plan, and refuses a shard whose reports changed after it was saved', async () => {
    const paths = useArchive(reports);
    // Planned as the build plans: from the project root, whose code the plan's version names.
    const planned = await planArchive(resolveArchivePaths());
    if (!planned.ok) throw new Error(planned.problems.join('\n'));
    const file = join(paths.root, 'plan.json');
    writeFileSync(file, JSON.stringify(savePlan(planned.plan, planned.entries)));
    vi.stubEnv('ARCHIVE_SHARD_PLAN', file);
    vi.stubEnv('ARCHIVE_SHARD', '41-henan');
    expect((await getShardPlan()).saved?.plan).toEqual(planned.plan);
    expect((await getArchive()).reports).toHaveLength(2);
    forgetArchives();
    writeFileSync(join(paths.reportsDir, 'henan.md'), reports['henan.md'].replace('河南的正文', '河南改过的正文'));
    await expect(getArchive()).rejects.toThrow(/分片 41-henan 的报告 henan 有改动/);
  });

  it('assembles the catalogue from the shards’ manifests, in the archive’s order, and names the index the same way', async () => {
    const paths = useArchive(reports);
    const whole = await getCatalogue();
    const version = await getIndexVersion();
    const { plan } = await getShardPlan();
    const shardsDir = join(paths.root, 'shards');
    for (const shard of plan.shards) {
      const members = new Set(shard.slugs);
      const manifest: ShardManifest = {
        format: shardFormatVersion,
        id: shard.id,
        hash: shard.hash,
        reports: whole.reports.filter((report) => members.has(report.slug)),
        files: [],
        pages: [],
      };
      mkdirSync(join(shardsDir, shard.id), { recursive: true });
      writeFileSync(join(shardsDir, shard.id, shardManifestFile), JSON.stringify(manifest));
    }
    forgetArchives();
    vi.stubEnv('ARCHIVE_ASSEMBLE', '1');
    vi.stubEnv('ARCHIVE_SHARDS_DIR', shardsDir);
    expect((await getArchive()).reports).toEqual([]);
    expect((await getCatalogue()).reports.map((report) => report.slug)).toEqual(
      whole.reports.map((report) => report.slug),
    );
    expect((await getShardManifests()).map((manifest) => manifest.id)).toEqual(['41-henan', '51-sichuan']);
    expect(await getIndexVersion()).toBe(version);
  });
});
