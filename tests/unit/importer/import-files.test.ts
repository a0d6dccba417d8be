import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { inspectArchive } from '../../../src/lib/archive/load-archive.ts';
import { resolveArchivePaths } from '../../../src/lib/config/paths.ts';
import { importFiles } from '../../../src/lib/importer/import-files.ts';
import { formatOutcomes } from '../../../src/lib/importer/format-outcome.ts';
import { vocabularySchema } from '../../../src/lib/schema/topic.ts';
import { createTagger } from '../../../src/lib/topics/tagger.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const repository = resolve(import.meta.dirname, '../../..');
const pages = resolve(repository, 'tests/fixtures/importer/pages');
const tagger = createTagger(
  vocabularySchema.parse(parse(readFileSync(resolve(repository, 'content/topics.yml'), 'utf8'))).topics,
);

function workspace() {
  const root = tempDir('import-');
  const content = join(root, 'content');
  mkdirSync(join(content, 'reports'), { recursive: true });
  cpSync(resolve(repository, 'content/topics.yml'), join(content, 'topics.yml'));
  cpSync(resolve(repository, 'content/site.yml'), join(content, 'site.yml'));
  return resolveArchivePaths({ ARCHIVE_CONTENT_DIR: content, ARCHIVE_OUT_DIR: join(root, 'dist') }, root);
}

function written(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)))
    .sort();
}

describe('importing files into an archive', () => {
  it('writes one file per report under its year, with slugs from the issuer, year and type', async () => {
    const paths = workspace();
    const outcomes = await importFiles({ inputs: [pages], outDir: paths.reportsDir, tagger });
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    expect(written(paths.reportsDir)).toEqual([
      '2017/nanshanqu-2017-plan.md',
      '2018/dongchuanxian-2018-summary.md',
      '2019/beihequ-2019-plan.md',
      '2020/xipingxian-2020-summary.md',
      '2021/qingxixian-2021-summary.md',
      'undated/jiaoyuju-speech-2.md',
      'undated/jiaoyuju-speech.md',
    ]);
  });

  it('produces files that pass the archive checks unchanged', async () => {
    const paths = workspace();
    await importFiles({ inputs: [pages], outDir: paths.reportsDir, tagger });
    const { archive, diagnostics } = await inspectArchive({ paths });
    expect(diagnostics).toEqual([]);
    expect(archive?.reports).toHaveLength(7);
  });

  it('detects text imported before and skips it, or rewrites it with force', async () => {
    const paths = workspace();
    const input = join(pages, 'one-line.txt');
    await importFiles({ inputs: [input], outDir: paths.reportsDir, tagger });
    const file = join(paths.reportsDir, '2017/nanshanqu-2017-plan.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('source:\n  name: 未注明', 'source:\n  name: 审核后填写的来源'),
    );

    const again = await importFiles({ inputs: [input], outDir: paths.reportsDir, tagger });
    expect(again[0]!.reports).toEqual([expect.objectContaining({ status: 'duplicate', path: file })]);
    expect(readFileSync(file, 'utf8')).toContain('审核后填写的来源');

    const forced = await importFiles({ inputs: [input], outDir: paths.reportsDir, tagger, force: true });
    expect(forced[0]!.reports).toEqual([expect.objectContaining({ status: 'overwritten', path: file })]);
    expect(readFileSync(file, 'utf8')).not.toContain('审核后填写的来源');
    expect(written(paths.reportsDir)).toEqual(['2017/nanshanqu-2017-plan.md']);
  });

  it('finds duplicates within one run and gives different reports different slugs', async () => {
    const paths = workspace();
    const copy = join(paths.root, 'copy.txt');
    cpSync(join(pages, 'one-line.txt'), copy);
    const outcomes = await importFiles({
      inputs: [join(pages, 'one-line.txt'), copy],
      outDir: paths.reportsDir,
      tagger,
    });
    expect(outcomes.map((outcome) => outcome.reports[0]!.status)).toEqual(['written', 'duplicate']);
  });

  it('writes nothing in a dry run', async () => {
    const paths = workspace();
    const outcomes = await importFiles({ inputs: [pages], outDir: paths.reportsDir, tagger, dryRun: true });
    expect(outcomes.flatMap((outcome) => outcome.reports.map((report) => report.status))).toEqual(
      Array(7).fill('planned'),
    );
    expect(written(paths.reportsDir)).toEqual([]);
  });

  it('reports unreadable inputs by name and still imports the others', async () => {
    const paths = workspace();
    const binary = join(paths.root, 'scan.pdf');
    writeFileSync(binary, '%PDF-1.7\n%\xff\xff');
    const empty = join(paths.root, 'empty.txt');
    writeFileSync(empty, '');
    const outcomes = await importFiles({
      inputs: [binary, empty, join(paths.root, 'missing.txt'), join(pages, 'one-line.txt')],
      outDir: paths.reportsDir,
      tagger,
    });
    expect(outcomes.map((outcome) => [outcome.ok, outcome.error])).toEqual([
      [false, '这是PDF 文件，不是文本；请先另存为纯文本（.txt）或网页（.html）'],
      [false, '文件是空的'],
      [false, '无法读取：ENOENT'],
      [true, undefined],
    ]);
    const summary = formatOutcomes(outcomes);
    expect(summary).toContain(`✗ ${binary}：这是PDF 文件`);
    expect(summary).toContain('合计：4 个文件，1 篇报告已写入，0 篇与已有报告相同，3 个文件失败；');
  });

  it('reports progress for every input', async () => {
    const paths = workspace();
    const seen: [number, number][] = [];
    await importFiles({
      inputs: [pages],
      outDir: paths.reportsDir,
      tagger,
      dryRun: true,
      onProgress: (done, total) => seen.push([done, total]),
    });
    expect(seen).toEqual([
      [0, 5],
      [1, 5],
      [2, 5],
      [3, 5],
      [4, 5],
      [5, 5],
    ]);
  });
});
