import { describe, expect, it } from 'vitest';
import { siteSchema } from '../../../src/lib/schema/site.ts';

const required = { title: '教育局工作报告档案', tagline: '一句话介绍', description: '供搜索引擎使用的说明' };

describe('site.yml', () => {
  it('needs a title, a tagline and a description, links to the main branch and cuts shards at 10,000 by default', () => {
    expect(siteSchema.parse(required)).toEqual({ ...required, branch: 'main', shards: { maxReports: 10_000 } });
  });

  it('takes a shard size of at least 100 reports', () => {
    expect(siteSchema.parse({ ...required, shards: { maxReports: 500 } }).shards.maxReports).toBe(500);
    expect(siteSchema.safeParse({ ...required, shards: { maxReports: 10 } }).success).toBe(false);
    expect(siteSchema.safeParse({ ...required, shards: { maxReports: 1.5 } }).success).toBe(false);
  });

  it('names each missing field', () => {
    const result = siteSchema.safeParse({ title: '档案' });
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['description', 'tagline']);
  });

  it('accepts http and https addresses and rejects others in Chinese', () => {
    expect(siteSchema.parse({ ...required, url: 'https://example.org/archive/' }).url).toBe(
      'https://example.org/archive/',
    );
    expect(siteSchema.parse({ ...required, repository: 'http://git.example.org/archive' }).repository).toBe(
      'http://git.example.org/archive',
    );
    for (const url of ['ftp://example.org/', 'example.org', 'javascript:alert(1)']) {
      const result = siteSchema.safeParse({ ...required, url });
      expect(result.error?.issues[0]?.message).toBe('应为以 http:// 或 https:// 开头的网址');
    }
  });

  it('rejects fields it does not know', () => {
    const result = siteSchema.safeParse({ ...required, titel: '档案' });
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });
});
