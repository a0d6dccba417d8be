import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetArchives, getShardPlan } from '../../../src/lib/archive/archive-store.ts';
import { catalogueOf } from '../../../src/lib/archive/catalogue.ts';
import type { Archive } from '../../../src/lib/archive/types.ts';
import { buildSearchIndex } from '../../../src/lib/search/build/build-index.ts';
import { indexInputOf } from '../../../src/lib/search/build/index-input.ts';
import { combineAssembly, mergeIndexSlice } from '../../../src/lib/shards/assembly-steps.ts';
import {
  ShardError,
  shardFormatVersion,
  shardIndexFolder,
  shardManifestFile,
  type ShardManifest,
} from '../../../src/lib/shards/shard-manifest.ts';
import { fixtureArchive, loadFixtureArchive } from '../../helpers/temp-archive.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

afterEach(() => {
  forgetArchives();
  vi.unstubAllEnvs();
});

/** Builds each planned shard's index, a report page and its manifest, as `npm run build -- --shard` leaves them. */
async function writeShards(archive: Archive, shardsDir: string): Promise<Map<string, string>> {
  const { plan } = await getShardPlan();
  const pages = new Map<string, string>();
  for (const shard of plan.shards) {
    const members = new Set(shard.slugs);
    const part: Archive = { ...archive, reports: archive.reports.filter((report) => members.has(report.slug)) };
    const index = join(shardsDir, shard.id, shardIndexFolder);
    mkdirSync(index, { recursive: true });
    for (const [name, bytes] of buildSearchIndex(indexInputOf(part)).files) writeFileSync(join(index, name), bytes);
    const page = `reports/${shard.slugs[0]}/index.html`;
    mkdirSync(join(shardsDir, shard.id, 'site', `reports/${shard.slugs[0]}`), { recursive: true });
    writeFileSync(join(shardsDir, shard.id, 'site', page), shard.id);
    pages.set(page, shard.id);
    const manifest: ShardManifest = {
      format: shardFormatVersion,
      id: shard.id,
      hash: shard.hash,
      reports: catalogueOf(part).reports,
      files: [page],
      pages: [],
    };
    writeFileSync(join(shardsDir, shard.id, shardManifestFile), JSON.stringify(manifest));
  }
  return pages;
}

describe('the assembly in steps', () => {
  it('runs only as part of an assembly', async () => {
    vi.stubEnv('ARCHIVE_ASSEMBLE', '');
    await expect(mergeIndexSlice(1, 2)).rejects.toThrow(/ARCHIVE_ASSEMBLE/);
    await expect(combineAssembly()).rejects.toThrow(/ARCHIVE_ASSEMBLE/);
  });

  it('merges slices and combines them with the pages into the index one build gives, and the shards’ files', async () => {
    const root = tempDir('assembly-steps-');
    const out = join(root, 'site');
    vi.stubEnv('ARCHIVE_CONTENT_DIR', fixtureArchive);
    vi.stubEnv('ARCHIVE_SHARDS_DIR', join(root, 'shards'));
    vi.stubEnv('ARCHIVE_INDEX_SLICES_DIR', join(root, 'slices'));
    vi.stubEnv('ARCHIVE_OUT_DIR', out);
    const archive = await loadFixtureArchive();
    const pages = await writeShards(archive, join(root, 'shards'));
    forgetArchives();
    vi.stubEnv('ARCHIVE_ASSEMBLE', '1');

    await expect(combineAssembly()).rejects.toThrow(ShardError);
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), '全国页面');
    await expect(combineAssembly()).rejects.toThrow(/没有为这一版档案合并的检索索引分段/);

    const second = await mergeIndexSlice(2, 2);
    expect(second).toMatchObject({ slice: 2, slices: 2, shards: 3 });
    await expect(combineAssembly()).rejects.toThrow(/分成 2 段，还缺：\n {2}npm run assemble -- --index-slice 1\/2/);
    const first = await mergeIndexSlice(1, 2);
    expect(first.to).toBe(second.from);

    const combined = await combineAssembly();
    expect(combined).toMatchObject({ slices: 2, copied: 3 });
    const [version] = readdirSync(join(out, 'search-index'));
    const whole = buildSearchIndex(indexInputOf(archive)).files;
    const folder = join(out, 'search-index', version!);
    expect(readdirSync(folder).sort()).toEqual([...whole.keys()].sort());
    for (const [name, bytes] of whole) expect(Buffer.compare(readFileSync(join(folder, name)), bytes), name).toBe(0);
    for (const [page, id] of pages) expect(readFileSync(join(out, page), 'utf8')).toBe(id);
  });
});
