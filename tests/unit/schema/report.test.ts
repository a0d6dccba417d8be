import { describe, expect, it } from 'vitest';
import { reportFrontMatterSchema } from '../../../src/lib/schema/report.ts';

const now = new Date('2026-06-01T00:00:00Z');
const schema = reportFrontMatterSchema(now);
const valid = {
  title: '清丰县教育局2020年工作总结',
  issuer: '清丰县教育局',
  region: { province: '河南省', city: '濮阳市', county: '清丰县' },
  level: 'county',
  year: 2020,
  date: '2020-11-26',
  type: 'summary',
  topics: ['finance'],
  script: 'zh-Hans',
  anonymized: false,
  source: { name: '某范文网', url: 'https://example.org/a.html', note: '原文如此' },
};

function problems(input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('report front matter', () => {
  it('accepts a complete example', () => {
    expect(schema.parse(valid)).toEqual(valid);
  });

  it('fills documented defaults', () => {
    const minimal = { title: 'T', issuer: 'I', year: null, type: 'plan', source: { name: 'S' } };
    expect(schema.parse(minimal)).toEqual({
      ...minimal,
      region: {},
      level: 'unknown',
      topics: [],
      script: 'zh-Hans',
      anonymized: false,
    });
  });

  it('requires title, issuer, year, type and source', () => {
    const result = schema.safeParse({});
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join('.'));
    expect(paths.sort()).toEqual(['issuer', 'source', 'title', 'type', 'year']);
  });

  it.each([
    [{ title: '   ' }, 'title: 不能为空'],
    [{ year: '2020' }, 'year: 应为整数年份，或在原文隐去年份时写 null'],
    [{ year: 2020.5 }, 'year: 应为整数年份'],
    [{ year: 1900 }, 'year: 年份应在 1949–2027 之间'],
    [{ year: 2028 }, 'year: 年份应在 1949–2027 之间'],
    [{ date: '2020-02-30' }, 'date: 应为真实存在的日期，格式 YYYY-MM-DD'],
    [{ date: '2020年11月26日' }, 'date: 应为真实存在的日期，格式 YYYY-MM-DD'],
    [{ type: 'minutes' }, 'type: 应为 summary | plan | speech | report | other 之一'],
    [{ level: 'town' }, 'level: 应为 province | city | district | county | unknown 之一'],
    [{ script: 'zh-TW' }, 'script: 应为 zh-Hans | zh-Hant 之一'],
    [{ anonymized: 'yes' }, 'anonymized: 应为 true 或 false'],
    [{ topics: ['Finance'] }, 'topics.0: 只能用小写英文字母、数字和连字符，以字母开头'],
    [{ source: { name: 'S', url: 'javascript:alert(1)' } }, 'source.url: 应为以 http:// 或 https:// 开头的网址'],
    [{ region: { province: '河南省', town: '城关镇' } }, 'region: Unrecognized key: "town"'],
  ])('rejects %j', (change, message) => {
    expect(problems({ ...valid, ...change })).toEqual([message]);
  });

  it('rejects unknown fields', () => {
    const result = schema.safeParse({ ...valid, yaer: 2020 });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['yaer'] });
  });
});
