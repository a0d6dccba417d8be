import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBytes, importText, type ImportOptions } from '../../../src/lib/importer/import-text.ts';
import { vocabularySchema } from '../../../src/lib/schema/topic.ts';
import { createTagger } from '../../../src/lib/topics/tagger.ts';
import { parse } from 'yaml';

const vocabulary = vocabularySchema.parse(
  parse(readFileSync(resolve(import.meta.dirname, '../../../content/topics.yml'), 'utf8')),
);
const options: ImportOptions = { tagger: createTagger(vocabulary.topics) };
const page = (name: string) => readFileSync(resolve(import.meta.dirname, '../../fixtures/importer/pages', name));
const headings = (markdown: string) => markdown.split('\n').filter((line) => line.startsWith('#'));

describe('importing a page with several reports', () => {
  const result = importText(page('multi-report.txt').toString('utf8'), options);

  it('makes one report per marker, each with its own title', () => {
    expect(result.reports.map((report) => report.title)).toEqual([
      '东川县教育局2018年工作总结',
      '北河区教育局2019年工作计划',
      '在全县教育工作会议上的讲话',
    ]);
  });

  it('removes the chrome and the reading-list tail, reporting each line with its rule', () => {
    const byRule = (rule: string) =>
      result.removals.filter((removal) => removal.rule === rule).map((removal) => removal.line);
    expect(byRule('navigation')).toEqual([1]);
    expect(byRule('breadcrumb')).toEqual([2]);
    expect(byRule('counter')).toEqual([4]);
    expect(byRule('editor-intro')).toEqual([5]);
    expect(byRule('tag-line')).toEqual([26]);
    expect(byRule('tail')).toEqual([27, 28, 29, 30, 31]);
    expect(result.removals.find((removal) => removal.line === 3)).toEqual({
      line: 3,
      text: '教育局工作总结合集（精选3篇）',
      rule: 'outside-body',
    });
    const all = result.reports.map((report) => report.markdown).join('\n');
    for (const chrome of ['好文档网 >', '浏览', '小编', '推荐阅读', '猜你喜欢', '标签'])
      expect(all).not.toContain(chrome);
    // The repeated title under each marker became the report's title, not a paragraph.
    expect(result.reports[0]!.markdown.match(/东川县教育局2018年工作总结/g)).toHaveLength(1);
  });

  it('fills the metadata of each report', () => {
    expect(result.reports.map((report) => report.meta)).toEqual([
      expect.objectContaining({
        issuer: '东川县教育局',
        level: 'county',
        year: 2018,
        type: 'summary',
        source: { name: '好文档网' },
      }),
      expect.objectContaining({
        issuer: '北河区教育局',
        level: 'district',
        year: 2019,
        date: '2019-02-26',
        type: 'plan',
      }),
      expect.objectContaining({ level: 'county', year: null, type: 'speech', anonymized: true }),
    ]);
  });

  it('writes each section with its topics', () => {
    expect(headings(result.reports[0]!.markdown)).toEqual([
      '## 一、教育投入持续加大 {finance facilities}',
      '## 二、师资队伍更加优化 {teachers}',
    ]);
    expect(headings(result.reports[1]!.markdown)).toEqual([
      '## （一）推进学前教育普惠发展 {preschool}',
      '## （二）加强校园安全管理 {safety}',
    ]);
  });

  it('keeps the page tag line as a hint for the reviewer, not as topics, when the page holds several reports', () => {
    expect(result.reports[0]!.meta.topics).toBeUndefined();
    expect(result.reports[0]!.warnings).toContain('页面标签“教育局 工作总结 学前教育”没有对应的主题');
  });

  it('puts the topics of a report without headings in its front matter', () => {
    expect(result.reports[2]!.meta.topics?.length).toBeGreaterThan(0);
    expect(result.reports[2]!.markdown).toMatch(/^topics: \[[a-z-]+(, [a-z-]+)*\]$/m);
  });
});

describe('importing damaged exports', () => {
  it('rejoins PDF page slices and recovers paragraphs and headings', () => {
    const [report] = importText(page('pdf-slices.txt').toString('utf8'), options).reports;
    expect(report!.title).toBe('西平县教育局2020年工作总结');
    expect(headings(report!.markdown)).toEqual([
      '## 一、疫情防控扎实有效 {teachers}',
      '## 二、教育质量稳步提升 {quality}',
      '## 三、教师队伍建设持续加强 {teachers}',
    ]);
    expect(report!.markdown).toContain('组织全体教师参加防控培训。');
    expect(report!.markdown).toContain('优秀率提高3个百分点。');
    expect(report!.markdown).not.toMatch(/^\d、/m);
  });

  it('splits a report delivered as one line', () => {
    const [report] = importText(page('one-line.txt').toString('utf8'), options).reports;
    expect(report!.title).toBe('南山区教育局2017年工作要点');
    expect(headings(report!.markdown)).toHaveLength(4);
    expect(report!.meta).toMatchObject({ type: 'plan', year: 2017, level: 'district' });
  });

  it('removes pinyin glosses but keeps other brackets', () => {
    const [report] = importText(page('pinyin-glosses.txt').toString('utf8'), options).reports;
    expect(report!.title).toBe('在全县校长会议上的讲话');
    expect(report!.markdown).not.toMatch(/\((?:jiǎng|huà|gōng zuò|jiào cái|zhì xù|kè)\)/);
    expect(report!.markdown).toContain('听课(GPS定位签到)制度和作业批改(2023版)要求');
  });

  it('cleans a saved HTML page', () => {
    const result = importBytes(page('boilerplate.html'), options);
    expect(result).toMatchObject({ ok: true, format: 'html', encoding: 'utf-8' });
    const report = result.ok ? result.reports[0]! : undefined;
    expect(report?.title).toBe('清溪县教育局2021年工作总结');
    expect(report?.meta.source).toEqual({ name: '范文宝' });
    expect(report?.markdown).not.toMatch(/登录|阅读量|为您整理|仅供学习参考|上一篇|Copyright|广告/);
    expect(headings(report!.markdown)).toHaveLength(3);
  });

  it('does not take a numbered heading for the title', () => {
    const [report] = importText(
      '第一部分 总体情况\n\n今年以来，全市教育系统扎实推进各项工作。\n\n第二部分 主要工作\n\n全市新建学校8所。',
      options,
    ).reports;
    expect(report!.title).toBe('未命名报告');
    expect(report!.warnings).toContain('没有找到可靠的标题，暂用“未命名报告”，请核对');
    expect(report!.confidence.title.score).toBeLessThan(0.5);
    expect(headings(report!.markdown)).toEqual(['## 第一部分 总体情况 {general}', '## 第二部分 主要工作 {facilities}']);
  });

  it('flags a text that stops mid-sentence', () => {
    const [report] = importText(page('pdf-slices.txt').toString('utf8').replace('获奖。', '获'), options).reports;
    expect(report!.warnings.some((warning) => warning.startsWith('正文末尾没有句号'))).toBe(true);
  });
});

describe('importing in other encodings', () => {
  it('produces the same report from GB18030 bytes and a GBK page', () => {
    const fromUtf8 = importBytes(
      readFileSync(resolve(import.meta.dirname, '../../fixtures/importer/encodings/source.txt')),
      options,
    );
    const fromGb = importBytes(
      readFileSync(resolve(import.meta.dirname, '../../fixtures/importer/encodings/gb18030.txt')),
      options,
    );
    const fromHtml = importBytes(
      readFileSync(resolve(import.meta.dirname, '../../fixtures/importer/encodings/gbk-page.gbk.html')),
      options,
    );
    expect(fromGb.ok && fromUtf8.ok && fromGb.reports[0]!.markdown).toBe(fromUtf8.ok && fromUtf8.reports[0]!.markdown);
    expect(fromHtml.ok && fromHtml.reports[0]!.title).toBe('南岭县教育局2019年工作总结');
    expect(fromHtml.ok && fromHtml.reports[0]!.meta.source.name).toBe('某某文库');
  });

  it('marks Big5 input as Traditional script', () => {
    const result = importBytes(
      readFileSync(resolve(import.meta.dirname, '../../fixtures/importer/encodings/big5.txt')),
      options,
    );
    expect(result.ok && result.reports[0]!.meta).toMatchObject({
      script: 'zh-Hant',
      issuer: '北嶺縣教育局',
      year: 2021,
      type: 'report',
    });
  });

  it('reports a page with nothing left after cleaning as an error', () => {
    expect(importBytes(new TextEncoder().encode('当前位置：首页 > 工作总结\n登录 | 注册\n'), options)).toEqual({
      ok: false,
      error: '去掉网页杂质后没有剩下正文',
    });
  });

  it('uses the source address and name given on the command line', () => {
    const result = importText(page('pdf-slices.txt').toString('utf8'), {
      ...options,
      sourceUrl: 'https://example.org/x',
      sourceName: '某文库',
    });
    expect(result.reports[0]!.meta.source).toEqual({ name: '某文库', url: 'https://example.org/x' });
  });
});
