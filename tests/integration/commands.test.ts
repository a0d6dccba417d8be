import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repository, runCommand } from '../helpers/site-build.ts';
import { fixtureArchive, reportFile, tempArchive } from '../helpers/temp-archive.ts';

const check = resolve(repository, 'scripts/check.ts');
const importer = resolve(repository, 'scripts/import.ts');
const pages = resolve(repository, 'tests/fixtures/importer/pages');

describe('npm run check', () => {
  it('passes a valid archive', () => {
    const result = runCommand([check], { ARCHIVE_CONTENT_DIR: fixtureArchive });
    expect(result.status).toBe(0);
    expect(result.output).toMatch(/^全部 4 篇报告检查通过/);
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
    expect(JSON.parse(result.output)).toEqual([expect.objectContaining({ line: 7, field: 'level', hint: expect.any(String) })]);
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
    expect(result.output).toContain('合计：5 个文件，7 篇报告已写入，0 篇与已有报告相同，0 个文件失败。');
    expect(readdirSync(paths.reportsDir).sort()).toEqual(['2017', '2018', '2019', '2020', '2021', 'undated']);
    const checked = runCommand([check], { ARCHIVE_CONTENT_DIR: paths.contentDir });
    expect(checked.output).toMatch(/^全部 7 篇报告检查通过/);
  });

  it('exits 1 when an input cannot be imported, after importing the rest, and speaks JSON', () => {
    const paths = tempArchive({});
    const result = runCommand([importer, '--json', join(pages, 'one-line.txt'), join(paths.root, 'nothing.txt')], {
      ARCHIVE_CONTENT_DIR: paths.contentDir,
    });
    expect(result.status).toBe(1);
    const outcomes = JSON.parse(result.output) as { ok: boolean; reports: { status: string }[] }[];
    expect(outcomes.map((outcome) => [outcome.ok, outcome.reports.map((report) => report.status)])).toEqual([
      [true, ['written']],
      [false, []],
    ]);
  });
});
