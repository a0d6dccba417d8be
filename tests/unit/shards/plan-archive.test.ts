import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planArchive } from '../../../src/lib/shards/plan-archive.ts';
import { reportFile, tempArchive } from '../../helpers/temp-archive.ts';

describe('planning an archive', () => {
  it('plans the reports with site.yml’s limit and keeps every report’s front matter', async () => {
    const paths = tempArchive({
      'a.md': reportFile('正文。', { region: '{ province: 河南省 }' }),
      'b.md': reportFile('正文。'),
    });
    const planned = await planArchive(paths);
    if (!planned.ok) throw new Error(planned.problems.join('\n'));
    expect(planned.plan.shards.map((shard) => [shard.id, shard.slugs])).toEqual([
      ['41-henan', ['a']],
      ['unplaced', ['b']],
    ]);
    expect(planned.plan.maxReports).toBe(10_000);
    expect(planned.entries.map((entry) => entry.slug).sort()).toEqual(['a', 'b']);
  });

  it('lists the reports it cannot place and a broken site.yml instead of guessing', async () => {
    const paths = tempArchive({ 'a.md': '正文。\n' });
    const unplanned = await planArchive(paths);
    expect(unplanned.ok).toBe(false);
    expect(unplanned.ok ? [] : unplanned.problems.join('\n')).toMatch(/a\.md: 没有 front matter[\s\S]*无法分片/);

    writeFileSync(paths.siteFile, `${readFileSync(paths.siteFile, 'utf8')}\nshards: { maxReports: 1 }\n`);
    const badSite = await planArchive(paths);
    expect(badSite.ok).toBe(false);
    expect(badSite.ok ? '' : badSite.problems.join('\n')).toMatch(/maxReports[\s\S]*至少 100/);
  });
});
