import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readShardManifest, shardFormatVersion, shardManifestFile } from '../../../src/lib/shards/shard-manifest.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

function shardsWith(manifest: unknown): string {
  const folder = tempDir('shard-manifest-');
  mkdirSync(join(folder, '41-henan'));
  writeFileSync(
    join(folder, '41-henan', shardManifestFile),
    typeof manifest === 'string' ? manifest : JSON.stringify(manifest),
  );
  return folder;
}

const shard = { id: '41-henan', hash: 'h1' };
const good = { format: shardFormatVersion, id: '41-henan', hash: 'h1', reports: [], files: [], pages: [] };

describe('reading a built shard’s manifest', () => {
  it('returns the manifest of a shard built for the plan’s hash', () => {
    expect(readShardManifest(shardsWith(good), shard)).toEqual(good);
  });

  it('names the command that rebuilds a shard that is missing, unreadable, from other code or out of date', () => {
    const rebuild = 'npm run build -- --shard 41-henan';
    expect(() => readShardManifest(tempDir('no-shards-'), shard)).toThrow(
      /还没有生成.*npm run build -- --shard 41-henan/,
    );
    expect(() => readShardManifest(shardsWith('{"format":'), shard)).toThrow(rebuild);
    expect(() => readShardManifest(shardsWith({ ...good, format: 0 }), shard)).toThrow(/另一版代码/);
    expect(() => readShardManifest(shardsWith({ ...good, id: 'other' }), shard)).toThrow(/另一版代码/);
    expect(() => readShardManifest(shardsWith({ ...good, hash: 'h0' }), shard)).toThrow(/已过期/);
  });
});
