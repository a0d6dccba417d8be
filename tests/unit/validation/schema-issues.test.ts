import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issuesToDiagnostics } from '../../../src/lib/validation/schema-issues.ts';
import { parseYamlDocument } from '../../../src/lib/validation/yaml-document.ts';

const schema = z.strictObject({
  title: z.string(),
  year: z.number({ error: '应为数字' }),
  topics: z.array(z.string({ error: '应为主题 id' })).default([]),
  source: z.strictObject({ name: z.string(), url: z.string().optional() }),
});

const fields: Record<string, readonly string[]> = {
  '': ['title', 'year', 'topics', 'source'],
  source: ['name', 'url'],
};

function diagnose(yaml: string, hints: Record<string, string> = {}) {
  const document = parseYamlDocument(yaml);
  const result = schema.safeParse(document.value);
  if (result.success) throw new Error('the YAML was valid');
  return issuesToDiagnostics(result.error.issues, {
    file: '/content/reports/a.md',
    input: document.value,
    lineOf: document.lineOf,
    hints,
    fieldsAt: (path) => fields[path.join('.')] ?? [],
  });
}

describe('turning schema issues into diagnostics', () => {
  it('says a required field is missing, on the line of the object that lacks it', () => {
    const diagnostics = diagnose('title: 标题\nyear: 2020\nsource:\n  url: https://example.org/\n');
    expect(diagnostics).toEqual([
      { file: '/content/reports/a.md', line: 3, field: 'source.name', message: '缺少必填字段' },
    ]);
  });

  it('keeps the schema’s message for a wrong value, on its line, with the field’s hint', () => {
    const diagnostics = diagnose('title: 标题\nyear: 二〇二〇\nsource: { name: 某网 }\n', { year: '写成四位数字' });
    expect(diagnostics).toEqual([
      { file: '/content/reports/a.md', line: 2, field: 'year', message: '应为数字', hint: '写成四位数字' },
    ]);
  });

  it('finds the hint of a list field for any item of the list', () => {
    const yaml = 'title: 标题\nyear: 2020\ntopics:\n  - teachers\n  - 3\nsource: { name: 某网 }\n';
    expect(diagnose(yaml, { topics: '主题 id 见 topics.yml' })).toEqual([
      {
        file: '/content/reports/a.md',
        line: 5,
        field: 'topics.1',
        message: '应为主题 id',
        hint: '主题 id 见 topics.yml',
      },
    ]);
  });

  it('suggests the field an unknown one is a typo of', () => {
    const diagnostics = diagnose('title: 标题\nyaer: 2020\nyear: 2020\nsource: { name: 某网 }\n');
    expect(diagnostics).toEqual([
      {
        file: '/content/reports/a.md',
        line: 2,
        field: 'yaer',
        message: '未知字段「yaer」',
        hint: '是不是想写「year」？',
      },
    ]);
  });

  it('lists the allowed fields when an unknown one resembles none', () => {
    const diagnostics = diagnose('title: 标题\nyear: 2020\nsource: { name: 某网, publisher: 某社 }\n');
    expect(diagnostics).toEqual([
      {
        file: '/content/reports/a.md',
        line: 3,
        field: 'source.publisher',
        message: '未知字段「publisher」',
        hint: '可用的字段：name、url',
      },
    ]);
  });

  it('reports each unknown field separately', () => {
    const diagnostics = diagnose('title: 标题\nyear: 2020\nsource: { name: 某网 }\nfoo: 1\nbar: 2\n');
    expect(diagnostics.map((diagnostic) => [diagnostic.field, diagnostic.line])).toEqual([
      ['foo', 4],
      ['bar', 5],
    ]);
  });

  it('names a problem with the whole document as the front matter', () => {
    const diagnostics = diagnose('- 标题\n- 2020\n');
    expect(diagnostics).toEqual([
      { file: '/content/reports/a.md', line: 1, field: '(front matter)', message: expect.any(String) },
    ]);
  });
});
