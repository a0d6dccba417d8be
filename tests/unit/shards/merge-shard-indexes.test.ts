import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueOf } from '../../../src/lib/archive/catalogue.ts';
import type { Archive } from '../../../src/lib/archive/types.ts';
import { buildSearchIndex } from '../../../src/lib/search/build/build-index.ts';
import { indexInputOf } from '../../../src/lib/search/build/index-input.ts';
import { mergeShardIndexes } from '../../../src/lib/shards/merge-shard-indexes.ts';
import { planShards } from '../../../src/lib/shards/plan-shards.ts';
import {
  shardFormatVersion,
  shardIndexFolder,
  shardManifestFile,
  type ShardManifest,
} from '../../../src/lib/shards/shard-manifest.ts';
import { loadFixtureArchive } from '../../helpers/temp-archive.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const archive = await loadFixtureArchive();

/** Writes each shard of the plan as its build would: its reports' index and its manifest. */
function writeShards(plan: ReturnType<typeof planShards>): { shardsDir: string; manifests: ShardManifest[] } {
  const shardsDir = tempDir('merge-shards-');
  const manifests = plan.shards.map((shard) => {
    const members = new Set(shard.slugs);
    const part: Archive = { ...archive, reports: archive.reports.filter((report) => members.has(report.slug)) };
    const folder = join(shardsDir, shard.id, shardIndexFolder);
    mkdirSync(folder, { recursive: true });
    for (const [name, bytes] of buildSearchIndex(indexInputOf(part)).files) writeFileSync(join(folder, name), bytes);
    const manifest: ShardManifest = {
      format: shardFormatVersion,
      id: shard.id,
      hash: shard.hash,
      reports: catalogueOf(part).reports,
      files: [],
      pages: [],
    };
    writeFileSync(join(shardsDir, shard.id, shardManifestFile), JSON.stringify(manifest));
    return manifest;
  });
  return { shardsDir, manifests };
}

describe('the national index merged from the shards’ indexes', () => {
  it('is the index of all the reports built at once, file for file', async () => {
    const entries = archive.reports.map((report) => ({
      slug: report.slug,
      sha256: report.sha256,
      year: report.meta.year,
      title: report.meta.title,
      type: report.meta.type,
      issuer: report.meta.issuer,
      date: report.meta.date ?? null,
      ...(report.meta.region.province ? { province: report.meta.region.province } : {}),
    }));
    const plan = planShards(entries, 100, 'code');
    expect(plan.shards.length).toBeGreaterThan(1);
    const { shardsDir, manifests } = writeShards(plan);
    const out = tempDir('merged-index-');
    const stats = await mergeShardIndexes(catalogueOf(archive), manifests, shardsDir, out);
    expect(stats.parts).toBe(plan.shards.length);
    const merged = new Map(readdirSync(out).map((name) => [name, readFileSync(join(out, name))]));
    expect(stats.bytes).toBe([...merged.values()].reduce((total, bytes) => total + bytes.length, 0));
    const whole = buildSearchIndex(indexInputOf(archive)).files;
    expect([...merged.keys()].sort()).toEqual([...whole.keys()].sort());
    for (const [name, bytes] of whole) expect(Buffer.compare(merged.get(name)!, bytes), name).toBe(0);
  });
});
