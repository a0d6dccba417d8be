import { cpSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { repository, runCommand, siteFiles, siteSnapshot } from '../helpers/site-build.ts';
import { fixtureArchive } from '../helpers/temp-archive.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const script = (name: string) => resolve(repository, `scripts/${name}.ts`);
const root = tempDir('shards-');
const shardsDir = join(root, 'shards');
const env = (content: string, out = join(root, 'assembled')) => ({
  ARCHIVE_CONTENT_DIR: content,
  ARCHIVE_SHARDS_DIR: shardsDir,
  ARCHIVE_OUT_DIR: out,
});

function shardIds(content: string): string[] {
  const plan = runCommand([script('shards'), '--json'], env(content));
  expect(plan.status, plan.output).toBe(0);
  return (JSON.parse(plan.output) as { shards: { id: string }[] }).shards.map((shard) => shard.id);
}

function buildShard(content: string, id: string, plan: string[] = []): void {
  const built = runCommand([script('build'), '--shard', id, ...plan], env(content));
  expect(built.status, built.output).toBe(0);
}

/** Saves the plan as CI's plan job does, for the shard builds and the assembly to read. */
function savePlan(content: string): string[] {
  const file = join(root, `plan-${Math.random().toString(36).slice(2)}.json`);
  const saved = runCommand([script('shards'), '--save', file], env(content));
  expect(saved.status, saved.output).toBe(0);
  return ['--plan', file];
}

describe('an archive built as shards and assembled', () => {
  const ids = shardIds(fixtureArchive);

  it('is the one-machine build, byte for byte, and passes verify', () => {
    expect(ids).toEqual(['35-fujian', '53-yunnan', 'unplaced']);
    // Built from the saved plan or from the content itself, a shard comes out the same.
    const plan = savePlan(fixtureArchive);
    buildShard(fixtureArchive, '35-fujian');
    buildShard(fixtureArchive, '53-yunnan', plan);
    buildShard(fixtureArchive, 'unplaced', plan);
    const shardFiles = siteFiles(join(shardsDir, 'unplaced'));
    expect(shardFiles).toContain('shard.json');
    expect(shardFiles.filter((file) => file.startsWith('site/') && !file.startsWith('site/reports/'))).toEqual([]);

    const assembled = runCommand([script('assemble'), ...plan], env(fixtureArchive));
    expect(assembled.status, assembled.output).toBe(0);
    expect(siteSnapshot(join(root, 'assembled'))).toEqual(siteSnapshot(inject('fixtureSite')));

    const verified = runCommand([script('verify')], env(fixtureArchive));
    expect(verified.status, verified.output).toBe(0);
  });

  it('assembles in steps (pages, index slices, combine) into the same site, and says which step is missing', () => {
    const plan = savePlan(fixtureArchive);
    const out = join(root, 'in-steps');
    const stepEnv = { ...env(fixtureArchive, out), ARCHIVE_INDEX_SLICES_DIR: join(root, 'slices') };
    const step = (...args: string[]) => runCommand([script('assemble'), ...plan, ...args], stepEnv);

    const early = step('--combine');
    expect(early.status).toBe(1);
    expect(early.output).toContain('先运行 npm run assemble -- --pages');

    const pages = step('--pages');
    expect(pages.status, pages.output).toBe(0);
    expect(siteFiles(out).some((file) => file.startsWith('search-index/') || file.startsWith('reports/xishan'))).toBe(
      false,
    );
    for (const slice of ['3/3', '1/3']) {
      const merged = step('--index-slice', slice);
      expect(merged.status, merged.output).toBe(0);
      expect(merged.output).toContain(`检索索引第 ${slice} 段`);
    }
    const incomplete = step('--combine');
    expect(incomplete.status).toBe(1);
    expect(incomplete.output).toContain('检索索引分成 3 段，还缺：\n  npm run assemble -- --index-slice 2/3');

    expect(step('--index-slice', '2/3').status).toBe(0);
    const combined = step('--combine');
    expect(combined.status, combined.output).toBe(0);
    expect(combined.output).toContain('检索索引由 3 段拼成');
    expect(siteSnapshot(out)).toEqual(siteSnapshot(inject('fixtureSite')));

    const wrong = step('--index-slice', '4/3');
    expect(wrong.status).toBe(2);
    expect(wrong.output).toContain('--index-slice 应写成 K/N');
  });

  it('renders the national pages in groups that together make the same site', () => {
    const plan = savePlan(fixtureArchive);
    const out = join(root, 'in-groups');
    const groupsDir = join(root, 'page-groups');
    const stepEnv = {
      ...env(fixtureArchive, out),
      ARCHIVE_INDEX_SLICES_DIR: join(root, 'group-slices'),
      ARCHIVE_PAGE_GROUPS_DIR: groupsDir,
    };
    const step = (...args: string[]) => runCommand([script('assemble'), ...plan, ...args], stepEnv);

    for (const group of ['3/3', '1/3']) {
      const rendered = step('--page-group', group);
      expect(rendered.status, rendered.output).toBe(0);
    }
    expect(step('--index-slice', '1/1').status).toBe(0);
    const incomplete = step('--combine');
    expect(incomplete.status).toBe(1);
    expect(incomplete.output).toContain('全国页面分成 3 组，还缺：\n  npm run assemble -- --page-group 2/3');

    expect(step('--page-group', '2/3').status).toBe(0);
    const groups = [1, 2, 3].map((part) => {
      const folder = join(groupsDir, `${part}-of-3`);
      const files = siteFiles(folder);
      expect(files.some((file) => file.startsWith('search-index/') || file.startsWith('reports/xishan'))).toBe(false);
      expect(files).not.toContain('sitemap.xml');
      return (JSON.parse(readFileSync(join(folder, 'group.json'), 'utf8')) as { pages: string[] }).pages;
    });
    // Each listing page is rendered by one group; only the pages without parameters are rendered by all.
    const everywhere = groups[0]!.filter((page) => groups.every((pages) => pages.includes(page)));
    expect(everywhere.sort()).toEqual([
      '',
      '404/',
      'about/',
      'compare/',
      'regions/',
      'search/',
      'topics/',
      'types/',
      'years/',
    ]);
    for (const pages of groups) expect(pages.length).toBeGreaterThan(everywhere.length + 3);

    const combined = step('--combine');
    expect(combined.status, combined.output).toBe(0);
    expect(combined.output).toContain('全国页面由 3 组放在一起');
    expect(siteSnapshot(out)).toEqual(siteSnapshot(inject('fixtureSite')));

    const wrong = step('--page-group', '0/3');
    expect(wrong.status).toBe(2);
    expect(wrong.output).toContain('--page-group 应写成 K/N');
  });

  it('names a shard that is missing or out of date, and rebuilds only that one after a report changes', () => {
    const content = join(root, 'content');
    cpSync(fixtureArchive, content, { recursive: true });
    const report = join(content, 'reports/2019/xishan-2019-plan.md');
    writeFileSync(
      report,
      readFileSync(report, 'utf8').replace('网络教研常态化开展。', '网络教研常态化开展，每月一次。'),
    );
    const before = Object.fromEntries(ids.map((id) => [id, statSync(join(shardsDir, id, 'shard.json')).mtimeMs]));
    const oldPlan = savePlan(fixtureArchive);
    const outdated = runCommand([script('build'), '--shard', '53-yunnan', ...oldPlan], env(content));
    expect(outdated.status).toBe(1);
    expect(outdated.output).toContain('分片 53-yunnan 的报告 xishan-2019-plan 有改动');

    const stale = runCommand([script('assemble')], env(content, join(root, 'changed')));
    expect(stale.status).toBe(1);
    expect(stale.output).toContain('分片 53-yunnan 已过期');
    expect(stale.output).toContain('npm run build -- --shard 53-yunnan');

    buildShard(content, '53-yunnan');
    const assembled = runCommand([script('assemble')], env(content, join(root, 'changed')));
    expect(assembled.status, assembled.output).toBe(0);
    expect(readFileSync(join(root, 'changed/reports/xishan-2019-plan/index.html'), 'utf8')).toContain(
      '网络教研常态化开展，每月一次。',
    );
    for (const id of ids.filter((other) => other !== '53-yunnan'))
      expect(statSync(join(shardsDir, id, 'shard.json')).mtimeMs, id).toBe(before[id]);
  });

  it('refuses an assembly without the shards built', () => {
    const missing = runCommand([script('assemble')], {
      ...env(fixtureArchive),
      ARCHIVE_SHARDS_DIR: join(root, 'none'),
    });
    expect(missing.status).toBe(1);
    expect(missing.output).toContain('分片 35-fujian 还没有生成');
  });
});
