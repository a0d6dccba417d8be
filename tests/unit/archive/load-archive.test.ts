import { describe, expect, it } from 'vitest';
import { inspectArchive, loadArchive } from '../../../src/lib/archive/load-archive.ts';
import { resolveArchivePaths } from '../../../src/lib/config/paths.ts';
import { ContentError } from '../../../src/lib/validation/diagnostic.ts';
import { fixtureArchive, reportFile, tempArchive } from '../../helpers/temp-archive.ts';

const now = new Date('2026-06-01T00:00:00Z');
const fixturePaths = resolveArchivePaths({ ARCHIVE_CONTENT_DIR: fixtureArchive }, process.cwd());

describe('loading the fixture archive', async () => {
  const archive = await loadArchive({ paths: fixturePaths, now });

  it('orders reports newest first with undated ones last', () => {
    expect(archive.reports.map((report) => report.slug)).toEqual([
      'dongshan-2021-summary',
      'beicheng-2020-report',
      'xishan-2019-plan',
      'nanhu-speech',
    ]);
  });

  it('keeps the slug, the source path and the file hash', () => {
    const report = archive.bySlug.get('dongshan-2021-summary')!;
    expect(report.sourcePath).toBe('tests/fixtures/archive/reports/2021/dongshan-2021-summary.md');
    expect(report.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('uses author topics where written and the tagger elsewhere', () => {
    const sections = archive.bySlug.get('dongshan-2021-summary')!.sections;
    expect(sections.map((section) => [section.id, section.topics, section.topicsFrom])).toEqual([
      ['intro', expect.any(Array), 'tagger'],
      [expect.stringMatching(/^s-/), ['teachers'], 'author'],
      [expect.stringMatching(/^s-/), ['facilities'], 'tagger'],
      ['next-steps', ['general'], 'author'],
    ]);
  });

  it('gives a report the union of its section topics and its own', () => {
    const report = archive.bySlug.get('dongshan-2021-summary')!;
    expect(report.topics).toEqual(expect.arrayContaining(['teachers', 'facilities', 'finance', 'general']));
  });

  it('tags Traditional-script reports with Simplified keywords', () => {
    const report = archive.bySlug.get('beicheng-2020-report')!;
    expect(report.sections[1]!.topics).toEqual(['teachers']);
  });

  it('optimizes images and renders them with sizes', () => {
    const report = archive.bySlug.get('dongshan-2021-summary')!;
    expect(report.images).toHaveLength(1);
    expect(report.images[0]).toMatchObject({ width: 1600, height: 900 });
    expect(report.sections[2]!.html).toMatch(
      /<img src="\/img\/[0-9a-f]{16}-960\.webp" srcset="[^"]+480w, [^"]+960w, [^"]+1440w"/,
    );
    expect(report.sections[2]!.html).toContain('width="1440" height="810"');
  });
});

describe('content problems', () => {
  it('lists every problem from every file in one pass', async () => {
    const paths = tempArchive({
      'a.md': reportFile('正文', { year: '"2020"' }),
      'b.md': reportFile('正文二', { type: 'memo' }),
      'Bad_Name.md': reportFile('正文三'),
    });
    const { diagnostics } = await inspectArchive({ paths, now });
    expect(diagnostics.map((diagnostic) => diagnostic.field).sort()).toEqual(['file', 'type', 'year']);
  });

  it('fails the load with a ContentError naming the file and line', async () => {
    const paths = tempArchive({ 'x.md': reportFile('正文', { level: 'town' }) });
    const error = await loadArchive({ paths, now }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toMatch(/x\.md:7: level: 应为 province/);
  });

  it('catches slug clashes and duplicate texts, naming both files', async () => {
    const paths = tempArchive({
      '2020/same.md': reportFile('甲正文'),
      '2021/same.md': reportFile('乙正文'),
      'copy-one.md': reportFile('完全 相同的正文。'),
      'copy-two.md': reportFile('完全相同的\n正文。'),
    });
    const { diagnostics } = await inspectArchive({ paths, now });
    const messages = diagnostics.map((diagnostic) => diagnostic.message);
    expect(messages.filter((message) => message.includes('网址会冲突'))).toHaveLength(2);
    expect(messages.filter((message) => message.startsWith('正文与'))).toHaveLength(2);
    expect(messages.find((message) => message.startsWith('正文与'))).toMatch(/copy-(one|two)\.md/);
  });

  it('checks heading syntax, topic ids and pinned anchors', async () => {
    const body = [
      '# 不该有的一级标题',
      '',
      '## 一、甲 {#same}',
      '',
      '甲。',
      '',
      '## 二、乙 {#same nosuch}',
      '',
      '乙。',
      '',
      '### 小 {teachers}',
      '',
      '丙。',
    ].join('\n');
    const { diagnostics } = await inspectArchive({ paths: tempArchive({ 'h.md': reportFile(body) }), now });
    expect(diagnostics.map((diagnostic) => [diagnostic.line, diagnostic.message])).toEqual(
      expect.arrayContaining([
        [9, '正文不能使用一级标题 #'],
        [15, '锚点「#same」与第 11 行重复'],
        [15, '未知主题「nosuch」'],
        [19, '只有 ## 标题可以标注主题和锚点'],
      ]),
    );
  });

  it('requires alt text and an existing file for every image', async () => {
    const body = '![](missing.png)\n\n![图](https://example.org/a.png)';
    const { diagnostics } = await inspectArchive({ paths: tempArchive({ 'i.md': reportFile(body) }), now });
    expect(diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      '图片 missing.png 缺少替代文字',
      '找不到图片文件 missing.png',
      '图片 https://example.org/a.png 不是本地文件',
    ]);
  });

  it('reports an empty body and a non-UTF-8 file', async () => {
    const paths = tempArchive({
      'empty.md': reportFile(''),
      'gbk.md': new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xbd, 0xcc]),
    });
    const { diagnostics } = await inspectArchive({ paths, now });
    expect(diagnostics.map((diagnostic) => [diagnostic.field, diagnostic.message])).toEqual([
      ['body', '正文为空'],
      ['file', '不是 UTF-8 编码'],
    ]);
  });
});
