import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, readPage, repository, runCommand, siteSnapshot } from '../helpers/site-build.ts';
import { reportFile, tempArchive } from '../helpers/temp-archive.ts';

const zhangzhou = '{ province: 福建省, city: 漳州市, county: 东山县 }';

describe('a report page’s related reports', () => {
  const paths = tempArchive(
    {
      '2020/dongshan-2020-summary.md': reportFile('2020年的总结。', {
        title: '东山县教育局2020年工作总结',
        issuer: '东山县教育局',
        year: '2020',
        region: zhangzhou,
      }),
      '2021/dongshan-2021-plan.md': reportFile('## 一、教师队伍\n\n计划招聘新教师50名。', {
        title: '东山县教育局2021年工作要点',
        issuer: '东山县教育局',
        year: '2021',
        type: 'plan',
        region: zhangzhou,
      }),
      '2021/longhai-2021-summary.md': reportFile('龙海的总结。', {
        title: '龙海区教育局2021年工作总结',
        issuer: '龙海区教育局',
        year: '2021',
        region: '{ province: 福建省, city: 漳州市, county: 龙海区 }',
      }),
      '2021/xiamen-2021-summary.md': reportFile('厦门的总结。', {
        title: '厦门市教育局2021年工作总结',
        issuer: '厦门市教育局',
        year: '2021',
        region: '{ province: 福建省, city: 厦门市 }',
      }),
    },
    { withFixtureReports: true },
  );
  const built = buildSite(paths.contentDir, paths.outDir);

  it('lists the bureau’s reports by year, this one marked, and other bureaus’ of the same city and year', () => {
    expect(built.status, built.output).toBe(0);
    const page = readPage(paths.outDir, 'reports/dongshan-2021-summary/');
    const timeline = page.slice(
      page.indexOf('<ol class="timeline">'),
      page.indexOf('</ol>', page.indexOf('<ol class="timeline">')),
    );
    expect([...timeline.matchAll(/<span class="timeline__year">([^<]+)<\/span>/g)].map((match) => match[1])).toEqual([
      '2021年',
      '2021年',
      '2020年',
    ]);
    expect(timeline).toContain('<span class="timeline__current" aria-current="page">东山县教育局2021年工作总结</span>');
    expect(timeline).toContain('<a href="/reports/dongshan-2020-summary/">东山县教育局2020年工作总结</a>');
    // The natural pairs: the year's plan beside its summary, and the summary beside the year before's.
    expect(
      [...page.matchAll(/<li><a href="([^"]+)">(对照[^<]+)<\/a><\/li>/g)].map((match) => [match[2], match[1]]),
    ).toEqual([
      ['对照2021年工作计划', '/compare/?a=dongshan-2021-plan&amp;b=dongshan-2021-summary'],
      ['对照2020年工作总结', '/compare/?a=dongshan-2020-summary&amp;b=dongshan-2021-summary'],
    ]);
    expect(readPage(paths.outDir, 'reports/dongshan-2021-plan/')).toContain(
      '<li><a href="/compare/?a=dongshan-2021-plan&amp;b=dongshan-2021-summary">对照2021年工作总结</a></li>',
    );
    expect(page).toContain('<h2 id="peers-title">漳州市2021年其他单位的报告</h2>');
    expect(page).toContain('<a href="/reports/longhai-2021-summary/">龙海区教育局2021年工作总结</a>');
    expect(page).not.toContain('厦门市教育局2021年工作总结');
    // A bureau with one report and no neighbour of its city and year has neither list.
    const xiamen = readPage(paths.outDir, 'reports/xiamen-2021-summary/');
    expect(xiamen).not.toContain('class="timeline"');
    expect(xiamen).not.toContain('peers-title');
  });

  it('are the same when the site is built as shards from a saved plan and assembled', () => {
    const script = (name: string) => resolve(repository, `scripts/${name}.ts`);
    const env = {
      ARCHIVE_CONTENT_DIR: paths.contentDir,
      ARCHIVE_SHARDS_DIR: join(paths.root, 'shards'),
      ARCHIVE_OUT_DIR: join(paths.root, 'assembled'),
    };
    const planFile = join(paths.root, 'plan.json');
    const saved = runCommand([script('shards'), '--save', planFile], env);
    expect(saved.status, saved.output).toBe(0);
    for (const id of ['35-fujian', '53-yunnan', 'unplaced']) {
      const shard = runCommand([script('build'), '--shard', id, '--plan', planFile], env);
      expect(shard.status, shard.output).toBe(0);
    }
    const assembled = runCommand([script('assemble'), '--plan', planFile], env);
    expect(assembled.status, assembled.output).toBe(0);
    expect(siteSnapshot(env.ARCHIVE_OUT_DIR)).toEqual(siteSnapshot(paths.outDir));
  });
});
