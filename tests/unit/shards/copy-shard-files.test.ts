import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyShardFiles } from '../../../src/lib/shards/copy-shard-files.ts';
import type { ShardManifest } from '../../../src/lib/shards/shard-manifest.ts';
import { siteFiles } from '../../helpers/site-build.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

function shard(shardsDir: string, id: string, files: Record<string, string>): ShardManifest {
  for (const [file, text] of Object.entries(files)) {
    const path = join(shardsDir, id, 'site', file);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  }
  return { format: 1, id, hash: 'h', reports: [], files: Object.keys(files), pages: [] };
}

describe('copying the shards’ files into the national site', () => {
  it('copies exactly the files each manifest lists, into their folders', () => {
    const shardsDir = tempDir('copy-shards-');
    const out = tempDir('copy-site-');
    const manifests = [
      shard(shardsDir, 'a', { 'reports/one/index.html': '一', 'img/one.webp': 'x' }),
      shard(shardsDir, 'b', { 'reports/two/index.html': '二' }),
    ];
    writeFileSync(join(shardsDir, 'b', 'site', 'stray.html'), 'not listed');
    expect(copyShardFiles(manifests, shardsDir, out)).toBe(3);
    expect(siteFiles(out).sort()).toEqual(['img/one.webp', 'reports/one/index.html', 'reports/two/index.html']);
    expect(readFileSync(join(out, 'reports/two/index.html'), 'utf8')).toBe('二');
  });
});
