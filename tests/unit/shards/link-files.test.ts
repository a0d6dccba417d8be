import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkShardFiles } from '../../../src/lib/shards/link-files.ts';
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
    expect(linkShardFiles(manifests, shardsDir, out)).toBe(3);
    expect(siteFiles(out).sort()).toEqual(['img/one.webp', 'reports/one/index.html', 'reports/two/index.html']);
    expect(readFileSync(join(out, 'reports/two/index.html'), 'utf8')).toBe('二');
  });

  it('links the files where it can, replacing an older site’s, and copies them across disks', () => {
    const shardsDir = tempDir('link-shards-');
    const out = tempDir('link-site-');
    const manifests = [shard(shardsDir, 'a', { 'reports/one/index.html': '新' })];
    mkdirSync(join(out, 'reports/one'), { recursive: true });
    writeFileSync(join(out, 'reports/one/index.html'), '旧');
    expect(linkShardFiles(manifests, shardsDir, out)).toBe(1);
    const source = statSync(join(shardsDir, 'a/site/reports/one/index.html'));
    expect(statSync(join(out, 'reports/one/index.html')).ino).toBe(source.ino);
    expect(readFileSync(join(out, 'reports/one/index.html'), 'utf8')).toBe('新');

    // /dev/shm (Linux's shared memory) is another file system than the temporary folders: a link there is refused.
    const elsewhere = mkdtempSync('/dev/shm/copy-site-');
    try {
      expect(linkShardFiles(manifests, shardsDir, elsewhere)).toBe(1);
      expect(statSync(join(elsewhere, 'reports/one/index.html')).ino).not.toBe(source.ino);
      expect(readFileSync(join(elsewhere, 'reports/one/index.html'), 'utf8')).toBe('新');
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
