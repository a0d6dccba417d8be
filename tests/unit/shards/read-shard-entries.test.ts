import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readShardEntries } from '../../../src/lib/shards/read-shard-entries.ts';
import { reportFile, tempArchive } from '../../helpers/temp-archive.ts';

describe('reading what the shard plan needs', () => {
  it('takes each report’s slug, file hash, year, place folded to Simplified script, title, issuer, date, type and marks', async () => {
    const paths = tempArchive({
      'a/zhuhai-2020.md': reportFile('正文。', {
        region: '{ province: 廣東省, city: 珠海市 }',
        date: '2020-12-01',
        script: 'zh-Hant',
        anonymized: 'true',
      }),
      'plain-2019.md': reportFile('正文。', { year: '2019', type: 'plan' }),
      'undated.md': reportFile('正文。', { year: 'null' }),
    });
    const { entries, unplanned } = await readShardEntries(paths.reportsDir);
    expect(unplanned).toEqual([]);
    expect(entries).toEqual([
      {
        slug: 'zhuhai-2020',
        sha256: createHash('sha256')
          .update(readFileSync(join(paths.reportsDir, 'a/zhuhai-2020.md')))
          .digest('hex'),
        province: '广东省',
        city: '珠海市',
        year: 2020,
        title: '测试报告',
        issuer: '测试县教育局',
        date: '2020-12-01',
        type: 'summary',
        script: 'zh-Hant',
        anonymized: true,
      },
      expect.objectContaining({ slug: 'plain-2019', year: 2019, type: 'plan' }),
      expect.objectContaining({ slug: 'undated', year: null }),
    ]);
    for (const field of ['province', 'city', 'script', 'anonymized']) expect(entries[1]).not.toHaveProperty(field);
  });

  it('lists the files whose front matter it cannot read, rather than guessing where they belong', async () => {
    const paths = tempArchive({
      'no-front-matter.md': '正文。\n',
      'broken.md': '---\ntitle: [unclosed\n---\n正文。\n',
      'bad-year.md': reportFile('正文。', { year: '二〇二〇' }),
    });
    const { entries, unplanned } = await readShardEntries(paths.reportsDir);
    expect(entries).toEqual([]);
    expect(unplanned.map((file) => [file.file.split('/').at(-1), file.message])).toEqual([
      ['bad-year.md', 'year 应为整数或 null'],
      ['broken.md', 'front matter 不是有效的 YAML'],
      ['no-front-matter.md', '没有 front matter'],
    ]);
  });
});
