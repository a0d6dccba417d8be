import { describe, expect, it } from 'vitest';
import { shardFiles } from '../../../src/lib/shards/shard-files.ts';

describe('a shard’s own files', () => {
  it('are its reports’ pages and its images; the national pages, assets and index are left out', () => {
    const { keep, pages } = shardFiles(
      [{ slug: 'a-2020' }, { slug: 'b-2021' }],
      [
        'reports/a-2020/index.html',
        'reports/b-2021/index.html',
        'reports/c-2019/index.html',
        'reports/index.html',
        'reports/page/2/index.html',
        'img/0123-480.webp',
        'index.html',
        '_astro/report.css',
        'search-index/abc/manifest.json',
        'favicon.svg',
      ],
    );
    expect([...keep].sort()).toEqual(['img/0123-480.webp', 'reports/a-2020/index.html', 'reports/b-2021/index.html']);
    expect(pages).toEqual(['reports/a-2020/', 'reports/b-2021/']);
  });
});
