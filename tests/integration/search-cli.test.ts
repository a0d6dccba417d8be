import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Archive } from '../../src/lib/archive/types.ts';
import { parseQuery } from '../../src/lib/search/read/parse-query.ts';
import { repository, runCommand } from '../helpers/site-build.ts';
import { substringTruth } from '../../scripts/bench/search-quality.ts';
import { loadFixtureArchive } from '../helpers/temp-archive.ts';

const outDir = inject('fixtureSite');
const cli = resolve(repository, 'scripts/search.ts');
let archive: Archive;

interface JsonResult {
  url: string;
  title: string;
  issuer: string;
  year: number | null;
  type: string;
  topics: string[];
  sections: { url: string; heading: string; excerpt: string }[];
}

function search(args: string[]): JsonResult[] {
  const result = runCommand([cli, '--json', ...args], { ARCHIVE_OUT_DIR: outDir });
  if (result.status !== 0) throw new Error(result.output);
  return JSON.parse(result.output) as JsonResult[];
}

beforeAll(async () => {
  archive = await loadFixtureArchive();
});

describe('npm run search against the built fixture archive', () => {
  const queries = [
    '教师',
    '教師',
    '資訊化',
    '校舍',
    '防溺水',
    '2021年',
    '2021',
    '12',
    '教师 培训',
    '师德 校舍',
    '平方米',
    '全区教育工作会议',
    'xx局长',
    '不存在',
  ];

  it('returns exactly the reports and sections that contain every term (recall 1, precision 1)', () => {
    for (const query of queries) {
      const truth = substringTruth(archive, parseQuery(query));
      const found = search(query.split(' '));
      const actual = new Map(
        found.map((result) => [
          result.url.split('/')[2]!,
          result.sections.map((section) => section.url.split('#')[1]!),
        ]),
      );
      expect([...actual.keys()].sort(), query).toEqual([...truth.keys()].sort());
      for (const [slug, anchors] of truth) expect(actual.get(slug), `${query} ${slug}`).toEqual(anchors);
    }
  });

  it('prints the documented JSON shape, with excerpts in the original script', () => {
    const [first] = search(['資訊化']);
    expect(first).toEqual({
      url: '/reports/beicheng-2020-report/',
      title: '北城市教育局2020年工作報告',
      issuer: '北城市教育局',
      year: 2020,
      type: 'report',
      topics: expect.arrayContaining(['teachers', 'ict']),
      sections: [
        {
          url: expect.stringMatching(/^\/reports\/beicheng-2020-report\/#s-/),
          heading: '二、資訊化建設',
          excerpt: expect.stringContaining('平臺'),
        },
      ],
    });
  });

  it('filters by every facet: year, topic, type, region and level', () => {
    const slugs = (args: string[]) =>
      search(args)
        .map((result) => result.url.split('/')[2])
        .sort();
    expect(slugs(['--year', '2021', '教师'])).toEqual(['dongshan-2021-summary']);
    expect(slugs(['--year', 'undated', '教师'])).toEqual(['nanhu-speech']);
    expect(slugs(['--year', '2020', '--year', '2021', '教师'])).toEqual([
      'beicheng-2020-report',
      'dongshan-2021-summary',
    ]);
    expect(slugs(['--topic', 'ict', ''])).toEqual(['beicheng-2020-report', 'xishan-2019-plan']);
    expect(slugs(['--type', 'speech', ''])).toEqual(['nanhu-speech']);
    expect(slugs(['--region', '福建省', ''])).toEqual(['dongshan-2021-summary']);
    expect(slugs(['--region', '昆明市', ''])).toEqual(['xishan-2019-plan']);
    expect(slugs(['--level', 'district', ''])).toEqual(['nanhu-speech', 'xishan-2019-plan']);
    expect(slugs(['--type', 'summary', '--topic', 'ict', ''])).toEqual([]);
  });

  it('sorts by relevance, newest and oldest', () => {
    const years = (sort: string) => search(['--sort', sort, '']).map((result) => result.year);
    expect(years('newest')).toEqual([2021, 2020, 2019, null]);
    expect(years('oldest')).toEqual([2019, 2020, 2021, null]);
    expect(search(['东山县'])[0]!.title).toBe('东山县教育局2021年工作总结');
  });

  it('explains itself and reports a missing index', () => {
    expect(runCommand([cli, '--help'], {}).output).toContain('用法：npm run search');
    const missing = runCommand([cli, '教师'], { ARCHIVE_OUT_DIR: join(outDir, 'nothing') });
    expect(missing.status).toBe(1);
    expect(missing.output).toContain('先运行 npm run build');
  });
});
