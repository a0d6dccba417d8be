import { describe, expect, it } from 'vitest';
import { buildSections } from '../../../src/lib/archive/build-sections.ts';
import { createMarkdown } from '../../../src/lib/markdown/renderer.ts';
import { fixtureTopics } from '../../helpers/fixture-topics.ts';

const md = createMarkdown();
const { ids, tagger } = fixtureTopics();

function build(body: string, render = true) {
  return buildSections(md, md.parse(body, {}), {
    render,
    file: '/c/reports/a.md',
    bodyLine: 10,
    topicIds: ids,
    tagger,
    env: {},
  });
}

describe('cutting a report body into sections', () => {
  it('gives the text before the first heading the intro anchor and each heading its own', () => {
    const { sections, diagnostics } = build(
      '导语。\n\n## 一、教师队伍\n\n教师培训。\n\n## 二、校舍 {#xiaoshe}\n\n新建校舍。',
    );
    expect(diagnostics).toEqual([]);
    expect(sections.map((section) => [section.id, section.heading, section.text])).toEqual([
      ['intro', null, '导语。'],
      [expect.stringMatching(/^s-/), '一、教师队伍', '教师培训。'],
      ['xiaoshe', '二、校舍', '新建校舍。'],
    ]);
  });

  it('numbers each section by its line in the file', () => {
    const { sections } = build('导语。\n\n## 一、工作\n\n正文。');
    expect(sections.map((section) => section.line)).toEqual([10, 12]);
  });

  it('keeps the author’s topics and lets the tagger choose elsewhere', () => {
    const { sections } = build('## 一、经费 {finance}\n\n教师培训。\n\n## 二、培训\n\n师德师风建设，教师培训。');
    expect(sections.map((section) => [section.topics, section.topicsFrom])).toEqual([
      [['finance'], 'author'],
      [['teachers'], 'tagger'],
    ]);
  });

  it('renders each section’s HTML without its heading', () => {
    const { sections } = build('## 一、工作\n\n全县**教师**培训。');
    expect(sections[0]!.html).toBe('<p>全县<strong>教师</strong>培训。</p>\n');
    expect(sections[0]!.headingHtml).toBe('一、工作');
  });

  it('when only validating, renders nothing and tags nothing', () => {
    const { sections } = build('## 一、培训\n\n师德师风建设，教师培训。\n\n## 二、经费 {finance}\n\n经费。', false);
    expect(sections.map((section) => [section.html, section.topics])).toEqual([
      ['', []],
      ['', ['finance']],
    ]);
  });
});

describe('problems in a report body', () => {
  const problems = (body: string) =>
    build(body).diagnostics.map((diagnostic) => [diagnostic.line, diagnostic.field, diagnostic.message]);

  it('rejects a level-one heading', () => {
    expect(problems('导语。\n\n# 标题\n\n正文。')).toEqual([[12, 'body', '正文不能使用一级标题 #']]);
  });

  it('rejects attributes on a heading below level two', () => {
    expect(problems('## 一、工作\n\n### （一）培训 {teachers}\n\n正文。')).toEqual([
      [12, 'body', '只有 ## 标题可以标注主题和锚点'],
    ]);
  });

  it('rejects an anchor taken by the introduction or by another section', () => {
    expect(problems('## 一、甲 {#intro}\n\n正文。')).toEqual([[10, 'body', '锚点「#intro」留给导语使用']]);
    expect(problems('## 一、甲 {#work}\n\n正文。\n\n## 二、乙 {#work}\n\n正文。')).toEqual([
      [14, 'body', '锚点「#work」与第 10 行重复'],
    ]);
  });

  it('names a topic the vocabulary does not have', () => {
    expect(problems('## 一、甲 {sports}\n\n正文。')).toEqual([[10, 'body', '未知主题「sports」']]);
  });

  it('warns that raw HTML shows as text', () => {
    const found = problems('导语<b>加粗</b>。');
    expect(found).toHaveLength(1);
    expect(found[0]![2]).toMatch(/^正文含有 HTML：/);
  });

  it('rejects an empty body', () => {
    expect(problems('')).toEqual([[10, 'body', '正文为空']]);
  });
});
