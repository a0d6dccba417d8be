import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findPageGroups,
  pageGroupFolder,
  pageGroupFormatVersion,
  pageGroupsFor,
  placePageGroups,
  siteAddress,
  writePageGroupManifest,
} from '../../../src/lib/shards/page-groups.ts';
import { ShardError } from '../../../src/lib/shards/shard-manifest.ts';
import { siteFiles } from '../../helpers/site-build.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

/** A finished group as `--page-group` leaves it: its pages, then group.json. */
function writeGroup(
  dir: string,
  part: number,
  parts: number,
  files: Record<string, string>,
  version = 'v1',
  address = 'https://example.org/',
): void {
  const folder = pageGroupFolder(dir, { part, parts });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(folder, file, '..'), { recursive: true });
    writeFileSync(join(folder, file), text);
  }
  const pages = Object.keys(files)
    .filter((file) => file.endsWith('index.html'))
    .map((file) => file.slice(0, -'index.html'.length));
  writePageGroupManifest(folder, { part, parts, version, address, pages });
}

const site = siteAddress('/', 'https://example.org');

describe('the national pages in groups', () => {
  it('finds only finished groups, and none where there is no folder', () => {
    const dir = tempDir('page-groups-');
    expect(findPageGroups(join(dir, 'absent'))).toEqual([]);
    writeGroup(dir, 1, 2, { 'index.html': '首页' });
    mkdirSync(join(dir, '2-of-2', 'topics'), { recursive: true });
    const found = findPageGroups(dir);
    expect(found.map((group) => [group.part, group.parts, group.format])).toEqual([[1, 2, pageGroupFormatVersion]]);
    expect(() => pageGroupsFor(dir, 'v1', site)).toThrow(
      '全国页面分成 2 组，还缺：\n  npm run assemble -- --page-group 2/2',
    );
  });

  it('refuses groups rendered for another version of the archive or another address, and says how to go on', () => {
    const dir = tempDir('page-groups-');
    writeGroup(dir, 1, 1, { 'index.html': '旧' }, 'v0');
    expect(() => pageGroupsFor(dir, 'v1', site)).toThrow(ShardError);
    expect(() => pageGroupsFor(dir, 'v1', site)).toThrow(/另一版档案或另一个网址.*--page-group 1\/1.*删除/s);
    const moved = tempDir('page-groups-');
    writeGroup(moved, 1, 1, { 'index.html': '别处' }, 'v1', siteAddress('/archive/', 'https://example.org'));
    expect(() => pageGroupsFor(moved, 'v1', site)).toThrow(/另一个网址/);
    expect(pageGroupsFor(moved, 'v1', 'https://example.org/archive/')).toHaveLength(1);
  });

  it('puts the groups together, linked, without group.json, and lists each page once', () => {
    const dir = tempDir('page-groups-');
    writeGroup(dir, 2, 2, { 'index.html': '首页', 'topics/b/index.html': '乙', '_astro/a.css': 'x' });
    writeGroup(dir, 1, 2, { 'index.html': '首页', 'topics/a/index.html': '甲', '_astro/a.css': 'x' });
    const groups = pageGroupsFor(dir, 'v1', site);
    expect(groups.map((group) => group.part)).toEqual([1, 2]);
    const out = tempDir('page-groups-site-');
    const placed = placePageGroups(groups, out);
    expect(placed.files).toBe(6);
    expect(placed.pages.sort()).toEqual(['', 'topics/a/', 'topics/b/']);
    expect(siteFiles(out).sort()).toEqual(['_astro/a.css', 'index.html', 'topics/a/index.html', 'topics/b/index.html']);
    expect(readFileSync(join(out, 'topics/b/index.html'), 'utf8')).toBe('乙');
    expect(statSync(join(out, 'topics/a/index.html')).ino).toBe(
      statSync(join(groups[0]!.folder, 'topics/a/index.html')).ino,
    );
  });
});
