import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectArchive } from '../../../src/lib/archive/load-archive.ts';
import { reportFile, tempArchive } from '../../helpers/temp-archive.ts';

const now = new Date('2026-06-01T00:00:00Z');
const bad = (name: string) => readFileSync(resolve(import.meta.dirname, '../../fixtures/bad', name));

async function problems(files: Record<string, string | Uint8Array>, render = false) {
  const { diagnostics } = await inspectArchive({ paths: tempArchive(files), render, now });
  return diagnostics.map((diagnostic) => [
    diagnostic.file.split('/reports/')[1],
    diagnostic.line,
    diagnostic.field,
    diagnostic.message,
  ]);
}

describe('each kind of bad report file gets its exact diagnostic', () => {
  it.each([
    ['no-front-matter.md', 1, '(front matter)', '缺少 front matter'],
    ['unterminated.md', 1, '(front matter)', 'front matter 没有结束行 ---'],
    ['invalid-yaml.md', 4, '(front matter)', 'YAML 缩进不对，或括号、引号没有闭合'],
    ['duplicate-key.md', 5, '(front matter)', 'YAML 中有重复的字段'],
    ['front-matter-not-a-map.md', 2, '(front matter)', 'front matter 应为“字段: 值”的列表'],
    ['missing-title.md', 2, 'title', '缺少必填字段'],
    ['missing-source.md', 2, 'source', '缺少必填字段'],
    ['blank-issuer.md', 3, 'issuer', '不能为空'],
    ['year-as-text.md', 4, 'year', '应为整数年份，或在原文隐去年份时写 null'],
    ['year-out-of-range.md', 4, 'year', '年份应在 1949–2027 之间'],
    ['bad-date.md', 5, 'date', '应为真实存在的日期，格式 YYYY-MM-DD'],
    ['unknown-type.md', 5, 'type', '应为 summary | plan | speech | report | other 之一'],
    ['unknown-level.md', 4, 'level', '应为 province | city | district | county | unknown 之一'],
    ['unknown-script.md', 6, 'script', '应为 zh-Hans | zh-Hant 之一'],
    ['anonymized-not-boolean.md', 6, 'anonymized', '应为 true 或 false'],
    ['bad-source-url.md', 8, 'source.url', '应为以 http:// 或 https:// 开头的网址'],
    ['unknown-topic.md', 6, 'topics.1', '未知主题「sports」'],
    ['empty-body.md', 9, 'body', '正文为空'],
    ['raw-html.md', 10, 'body', '正文含有 HTML：<b>'],
    ['heading-level-one.md', 10, 'body', '正文不能使用一级标题 #'],
    ['unknown-heading-topic.md', 10, 'body', '未知主题「salaries」'],
    ['duplicate-anchor.md', 14, 'body', '锚点「#same」与第 10 行重复'],
    ['missing-image.md', 10, 'image', '找不到图片文件 photo.jpg'],
    ['not-utf8.md', 0, 'file', '不是 UTF-8 编码'],
    ['not-text.md', 0, 'file', '不是文本文件（含有 NUL 字节）'],
  ])('%s', async (name, line, field, message) => {
    expect(await problems({ [name]: bad(name) })).toEqual([[name, line, field, message]]);
  });

  it('misspelt-field.md: the unknown field and the missing one it was meant to be', async () => {
    expect(await problems({ 'misspelt-field.md': bad('misspelt-field.md') })).toEqual([
      ['misspelt-field.md', 2, 'year', '缺少必填字段'],
      ['misspelt-field.md', 4, 'yaer', '未知字段「yaer」'],
    ]);
  });

  it('missing-alt.md: no alt text, and no file', async () => {
    expect(await problems({ 'missing-alt.md': bad('missing-alt.md') })).toEqual([
      ['missing-alt.md', 10, 'image', '图片 chart.png 缺少替代文字'],
      ['missing-alt.md', 10, 'image', '找不到图片文件 chart.png'],
    ]);
  });

  it('an image file that is not an image', async () => {
    const files = { 'report.md': reportFile('![校舍照片](photo.png)'), 'photo.png': 'PNG? no, text' };
    expect(await problems(files)).toEqual([['report.md', 9, 'image', '图片 photo.png 无法读取']]);
  });

  it('a file over the size limit', async () => {
    const big = reportFile('正文。'.repeat(800_000));
    expect(await problems({ 'big.md': big })).toEqual([['big.md', 0, 'file', '文件大小 6.9 MB，超过上限 2.0 MB']]);
  });

  it('a file name that cannot be a web address', async () => {
    expect(await problems({ 'Bad Name.md': reportFile('正文。') })).toEqual([
      ['Bad Name.md', 0, 'file', '文件名「Bad Name」不能作为网址'],
    ]);
  });

  it('two files with one name, in different folders', async () => {
    const found = await problems({ '2020/same.md': reportFile('甲。'), '2021/same.md': reportFile('乙。') });
    expect(found).toEqual([
      ['2020/same.md', 0, 'file', expect.stringMatching(/^文件名「same」与 .*2021\/same\.md 重复，网址会冲突$/)],
      ['2021/same.md', 0, 'file', expect.stringMatching(/^文件名「same」与 .*2020\/same\.md 重复，网址会冲突$/)],
    ]);
  });

  it('the same text under two names', async () => {
    const found = await problems({
      'first.md': reportFile('同一篇报告的正文。'),
      'second.md': reportFile('同一篇报告的\n正文。'),
    });
    expect(found).toEqual([
      ['first.md', 0, 'body', expect.stringMatching(/^正文与 .*second\.md 相同$/)],
      ['second.md', 0, 'body', expect.stringMatching(/^正文与 .*first\.md 相同$/)],
    ]);
  });

  it('lists every problem of every file in one run, with a hint for each', async () => {
    const files = Object.fromEntries(
      ['bad-date.md', 'unknown-type.md', 'raw-html.md', 'not-utf8.md'].map((name) => [name, bad(name)]),
    );
    const { diagnostics } = await inspectArchive({ paths: tempArchive(files), render: false, now });
    expect(diagnostics).toHaveLength(4);
    for (const diagnostic of diagnostics) expect(diagnostic.hint).toBeTruthy();
  });

  it('finds the same problems when building as when checking', async () => {
    const files: Record<string, string | Uint8Array> = Object.fromEntries(
      ['unknown-topic.md', 'missing-image.md', 'raw-html.md'].map((name) => [name, bad(name)]),
    );
    files['broken-image.md'] = reportFile('![图表](chart.png)');
    files['chart.png'] = 'not an image';
    expect(await problems(files, true)).toEqual(await problems(files, false));
  });
});
