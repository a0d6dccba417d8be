import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repository, runCommand } from '../helpers/site-build.ts';
import { fixtureArchive, reportFile, tempArchive } from '../helpers/temp-archive.ts';

const check = resolve(repository, 'scripts/check.ts');
const importer = resolve(repository, 'scripts/import.ts');
const pages = resolve(repository, 'tests/fixtures/importer/pages');
const warningFixtures = resolve(repository, 'tests/fixtures/warnings');

describe('npm run check', () => {
  it('passes a valid archive, listing the warning about its invented city', () => {
    const result = runCommand([check], { ARCHIVE_CONTENT_DIR: fixtureArchive });
    expect(result.status).toBe(0);
    expect(result.output.split('\n')).toContain(
      'tests/fixtures/archive/reports/hant/beicheng-2020-report.md:5: region.city: 警告：「北城市」不是已知的行政区划',
    );
    expect(result.output).toMatch(
      /\n全部 4 篇报告检查通过（[\d.]+ 秒）。另有 1 个警告，值得核对，但不影响生成网站。\n$/,
    );
  });

  it('warns about a county outside its city, with a hint, and still exits 0', () => {
    const paths = tempArchive({
      'county-not-in-city.md': readFileSync(join(warningFixtures, 'county-not-in-city.md')),
    });
    const result = runCommand([check], { ARCHIVE_CONTENT_DIR: paths.contentDir });
    expect(result.status).toBe(0);
    const lines = result.output.split('\n');
    expect(lines).toContain(
      `${join(paths.reportsDir, 'county-not-in-city.md')}:7: region.county: 警告：「清丰县」不属于「常德市」`,
    );
    expect(lines).toContain('    提示：清丰县属于河南省濮阳市');
    expect(result.output).toMatch(/全部 1 篇报告检查通过（[\d.]+ 秒）。另有 1 个警告/);
  });

  it('counts warnings apart from problems, which alone decide the exit status', () => {
    const paths = tempArchive({
      'a.md': reportFile('正文甲', { date: '2020-13-01' }),
      'county-not-in-city.md': readFileSync(join(warningFixtures, 'county-not-in-city.md')),
    });
    const result = runCommand([check], { ARCHIVE_CONTENT_DIR: paths.contentDir });
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/1 个文件共有 1 个问题（检查用时 [\d.]+ 秒）。另有 1 个警告。/);
  });

  it('lists every problem as path:line: field: message with a hint, and exits 1', () => {
    const paths = tempArchive({
      'a.md': reportFile('正文甲', { yaer: '2020' }),
      'b.md': reportFile('正文乙', { date: '2020-13-01' }),
    });
    const result = runCommand([check], { ARCHIVE_CONTENT_DIR: paths.contentDir });
    expect(result.status).toBe(1);
    const lines = result.output.split('\n');
    expect(lines).toContain(`${join(paths.reportsDir, 'a.md')}:7: yaer: 未知字段「yaer」`);
    expect(lines).toContain('    提示：是不是想写「year」？');
    expect(lines).toContain(`${join(paths.reportsDir, 'b.md')}:7: date: 应为真实存在的日期，格式 YYYY-MM-DD`);
    expect(result.output).toMatch(/2 个文件共有 2 个问题/);
  });

  it('gives the same problems as JSON', () => {
    const paths = tempArchive({ 'a.md': reportFile('正文', { level: 'town' }) });
    const result = runCommand([check, '--json'], { ARCHIVE_CONTENT_DIR: paths.contentDir });
    expect(result.status).toBe(1);
    expect(JSON.parse(result.output)).toEqual([
      expect.objectContaining({ severity: 'error', line: 7, field: 'level', hint: expect.any(String) }),
    ]);
  });

  it('gives warnings in the same JSON list, marked as such', () => {
    const paths = tempArchive({
      'county-not-in-city.md': readFileSync(join(warningFixtures, 'county-not-in-city.md')),
    });
    const result = runCommand([check, '--json'], { ARCHIVE_CONTENT_DIR: paths.contentDir });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.output)).toEqual([
      {
        severity: 'warning',
        file: join(paths.reportsDir, 'county-not-in-city.md'),
        line: 7,
        field: 'region.county',
        message: '「清丰县」不属于「常德市」',
        hint: '清丰县属于河南省濮阳市',
      },
    ]);
  });

  it('names an unknown option, shows the help and exits 2', () => {
    const result = runCommand([check, '--jsno'], { ARCHIVE_CONTENT_DIR: fixtureArchive });
    expect(result.status).toBe(2);
    expect(result.output).toMatch(/^参数有误：Unknown option '--jsno'/);
    expect(result.output).toContain('用法：npm run check');
  });
});

describe('npm run import', () => {
  it('explains itself', () => {
    const help = runCommand([importer, '--help'], {});
    expect(help.status).toBe(0);
    expect(help.output).toContain('用法：npm run import -- [选项] 文件或目录…');
    expect(runCommand([importer], {}).status).toBe(2);
  });

  it('imports a folder into the archive and reports what it wrote', () => {
    const paths = tempArchive({});
    const result = runCommand([importer, pages], { ARCHIVE_CONTENT_DIR: paths.contentDir });
    expect(result.status).toBe(0);
    expect(result.output).toContain('合计：5 个文件，7 篇报告已写入，0 篇与已有报告相同，0 个文件失败；');
    expect(result.output).toMatch(/去掉的内容（原文行号 \[规则\] 文字）/);
    expect(readdirSync(paths.reportsDir).sort()).toEqual(['2017', '2018', '2019', '2020', '2021', 'undated']);
    const checked = runCommand([check], { ARCHIVE_CONTENT_DIR: paths.contentDir });
    // The fixture pages name invented counties: the import keeps them as written and check warns.
    expect(checked.status).toBe(0);
    expect(checked.output).toMatch(/全部 7 篇报告检查通过.*另有 3 个警告/);
    expect(checked.output).toContain('region.county: 警告：「北河区」不是已知的行政区划');
  });

  it('exits 1 when an input cannot be imported, after importing the rest, and speaks JSON', () => {
    const paths = tempArchive({});
    const result = runCommand([importer, '--json', join(pages, 'boilerplate.html'), join(paths.root, 'nothing.txt')], {
      ARCHIVE_CONTENT_DIR: paths.contentDir,
    });
    expect(result.status).toBe(1);
    const outcomes = JSON.parse(result.output) as {
      ok: boolean;
      removals?: { line: number; text: string; rule: string }[];
      reports: { status: string; confidence: { overall: number; title: { score: number; reason: string } } }[];
    }[];
    expect(outcomes.map((outcome) => [outcome.ok, outcome.reports.map((report) => report.status)])).toEqual([
      [true, ['written']],
      [false, []],
    ]);
    expect(outcomes[0]!.removals).toEqual(expect.arrayContaining([{ line: 2, text: '登录 | 注册', rule: 'account' }]));
    expect(outcomes[0]!.reports[0]!.confidence).toMatchObject({
      overall: expect.any(Number),
      title: { score: 1, reason: expect.any(String) },
    });
  });
});

describe('npm run shards', () => {
  const shards = resolve(repository, 'scripts/shards.ts');

  it('prints the plan of the fixture archive, and the same plan as JSON for a CI matrix', () => {
    const text = runCommand([shards], { ARCHIVE_CONTENT_DIR: fixtureArchive });
    expect(text.status).toBe(0);
    expect(text.output).toMatch(/^4 篇报告分为 3 个分片（每片最多 10,000 篇）/);
    const json = runCommand([shards, '--json'], { ARCHIVE_CONTENT_DIR: fixtureArchive });
    expect(json.status).toBe(0);
    const plan = JSON.parse(json.output) as { maxReports: number; shards: { id: string; reports: number }[] };
    expect(plan.maxReports).toBe(10_000);
    expect(plan.shards.map((shard) => [shard.id, shard.reports])).toEqual([
      ['35-fujian', 1],
      ['53-yunnan', 1],
      ['unplaced', 2],
    ]);
    for (const shard of plan.shards) expect(text.output).toContain(shard.id);
  });

  it('stops, naming the files, when a report’s front matter cannot be read', () => {
    const paths = tempArchive({ 'good.md': reportFile('正文。'), 'bad.md': '正文，没有 front matter。\n' });
    const result = runCommand([shards], { ARCHIVE_CONTENT_DIR: paths.contentDir });
    expect(result.status).toBe(1);
    expect(result.output).toContain('bad.md: 没有 front matter');
    expect(result.output).toContain('先运行 npm run check');
  });
});
