import { describe, expect, it } from 'vitest';
import { parseReportFrontMatter } from '../../../src/lib/archive/parse-front-matter.ts';

const topics = new Set(['finance', 'teachers']);
const now = new Date('2026-06-01T00:00:00Z');
const parse = (text: string) => parseReportFrontMatter('/r/x.md', text, topics, now);

const good = [
  '---',
  'title: 标题',
  'issuer: XX县教育局',
  'year: null',
  'type: summary',
  'source:',
  '  name: 某网',
  '---',
  '',
  '正文。',
].join('\n');

describe('parsing a report header', () => {
  it('returns the metadata and where the body starts', () => {
    const parsed = parse(good);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.meta).toMatchObject({ title: '标题', issuer: 'XX县教育局', year: null, type: 'summary' });
    expect(parsed.bodyLine).toBe(9);
    expect(parsed.body).toBe('\n正文。');
  });

  it('reports a missing or unterminated front matter', () => {
    expect(parse('正文。').diagnostics[0]).toMatchObject({ line: 1, message: '缺少 front matter' });
    expect(parse('---\ntitle: x\n正文').diagnostics[0]).toMatchObject({
      line: 1,
      message: 'front matter 没有结束行 ---',
    });
  });

  it('reports YAML syntax errors on their line', () => {
    const diagnostics = parse('---\ntitle: 标题\nissuer: [未闭合\n---\n正文').diagnostics;
    expect(diagnostics[0]).toMatchObject({
      field: '(front matter)',
      line: 3,
      message: 'YAML 缩进不对，或括号、引号没有闭合',
    });
    expect(diagnostics[0]!.hint).toContain('上一行');
  });

  it('points each field problem at its line with a hint', () => {
    const text = good.replace('year: null', 'year: 二〇二〇').replace('type: summary', 'type: 总结');
    const diagnostics = parse(text).diagnostics;
    expect(diagnostics).toHaveLength(2);
    expect(diagnostics[0]).toMatchObject({ line: 4, field: 'year' });
    expect(diagnostics[0]!.hint).toContain('year: null');
    expect(diagnostics[1]).toMatchObject({
      line: 5,
      field: 'type',
      message: '应为 summary | plan | speech | report | other 之一',
    });
  });

  it('names missing required fields', () => {
    const diagnostics = parse(good.replace('issuer: XX县教育局\n', '')).diagnostics;
    expect(diagnostics).toEqual([expect.objectContaining({ field: 'issuer', message: '缺少必填字段' })]);
  });

  it('suggests the intended name for a misspelt field', () => {
    const diagnostics = parse(good.replace('year: null', 'year: null\nyaer: 2020')).diagnostics;
    expect(diagnostics).toEqual([
      expect.objectContaining({ line: 5, field: 'yaer', message: '未知字段「yaer」', hint: '是不是想写「year」？' }),
    ]);
  });

  it('reports unknown fields inside nested objects', () => {
    const diagnostics = parse(good.replace('  name: 某网', '  name: 某网\n  link: https://x')).diagnostics;
    expect(diagnostics).toEqual([expect.objectContaining({ line: 8, field: 'source.link' })]);
  });

  it('rejects topic ids that are not in the vocabulary', () => {
    const diagnostics = parse(good.replace('year: null', 'year: null\ntopics: [finance, sports]')).diagnostics;
    expect(diagnostics).toEqual([
      expect.objectContaining({ line: 5, field: 'topics.1', message: '未知主题「sports」' }),
    ]);
  });

  it('reports duplicate keys', () => {
    const diagnostics = parse(good.replace('year: null', 'year: null\nyear: 2020')).diagnostics;
    expect(diagnostics[0]!.message).toBe('YAML 中有重复的字段');
  });
});
