import { describe, expect, it } from 'vitest';
import { parseReportFrontMatter } from '../../../src/lib/archive/parse-front-matter.ts';
import { frontMatterYaml, reportMarkdown, type TaggedBlock } from '../../../src/lib/importer/write-report.ts';
import type { HeadingMeta } from '../../../src/lib/markdown/heading-plugin.ts';
import { createMarkdown } from '../../../src/lib/markdown/renderer.ts';
import type { ReportFrontMatterInput } from '../../../src/lib/schema/report.ts';

const meta: ReportFrontMatterInput = {
  title: '清丰县教育局2020年工作总结',
  issuer: '清丰县教育局',
  region: { province: '河南省', city: '濮阳市', county: '清丰县' },
  level: 'county',
  year: 2020,
  date: '2020-12-20',
  type: 'summary',
  topics: ['teachers', 'finance'],
  script: 'zh-Hans',
  anonymized: false,
  source: { name: '清丰县人民政府网', url: 'https://www.example.gov.cn/a.html' },
};

const blocks: TaggedBlock[] = [
  { kind: 'paragraph', text: '2020年，我局认真落实各项工作。' },
  { kind: 'heading', depth: 2, marker: 'cn', text: '一、教师队伍', topics: ['teachers'] },
  { kind: 'paragraph', text: '1. 招聘教师120名。' },
  { kind: 'heading', depth: 3, marker: 'paren', text: '（一）师德建设 {不是属性}' },
  { kind: 'paragraph', text: '# 不是标题，*也不是强调*。' },
];

const topicIds = new Set(['teachers', 'finance']);
const now = new Date('2026-06-01T00:00:00Z');

describe('the front matter of an imported report', () => {
  it('lists the fields in the schema’s order', () => {
    const keys = frontMatterYaml(meta)
      .split('\n')
      .filter((line) => /^\w/.test(line))
      .map((line) => line.split(':')[0]);
    expect(keys).toEqual([
      'title',
      'issuer',
      'region',
      'level',
      'year',
      'date',
      'type',
      'topics',
      'script',
      'anonymized',
      'source',
    ]);
  });

  it('writes topics on one line, as authors do', () => {
    expect(frontMatterYaml(meta)).toContain('topics: [teachers, finance]\n');
  });

  it('leaves out empty optional parts', () => {
    const bare = frontMatterYaml({
      ...meta,
      region: { province: '', county: '清丰县' },
      date: undefined,
      topics: [],
      source: { name: '某网', url: '' },
    });
    expect(bare).not.toMatch(/^(date|topics):/m);
    expect(bare).not.toContain('province');
    expect(bare).not.toContain('url');
    expect(frontMatterYaml({ ...meta, region: {} })).not.toMatch(/^region:/m);
  });

  it('writes a hidden year as null', () => {
    expect(frontMatterYaml({ ...meta, year: null })).toMatch(/^year: null$/m);
  });
});

describe('an imported report file', () => {
  const markdown = reportMarkdown(meta, blocks);

  it('is read back by the archive with the same metadata', () => {
    const parsed = parseReportFrontMatter('/c/reports/a.md', markdown, topicIds, now);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.meta).toEqual(meta);
  });

  it('gives level-two headings their topics and keeps the other blocks as written', () => {
    const md = createMarkdown();
    const { body } = parseReportFrontMatter('/c/reports/a.md', markdown, topicIds, now);
    const tokens = md.parse(body, {});
    const headings = tokens.flatMap((token) =>
      token.type === 'heading_open' ? [[token.tag, (token.meta as HeadingMeta).attributes?.topics ?? null]] : [],
    );
    expect(headings).toEqual([
      ['h2', ['teachers']],
      ['h3', null],
    ]);
    const html = md.render(body);
    expect(html).toContain('<h2>一、教师队伍</h2>');
    expect(html).toContain('<p>1. 招聘教师120名。</p>');
    expect(html).toContain('<p># 不是标题，*也不是强调*。</p>');
    expect(html).toContain('<h3>（一）师德建设 {不是属性}</h3>');
  });

  it('ends with one line break', () => {
    expect(markdown.endsWith('。\n')).toBe(true);
    expect(markdown.startsWith('---\ntitle: ')).toBe(true);
  });
});
