import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGallery, scoreImport, summarizeScores } from '../../../scripts/bench/import-gallery.ts';
import { importBytes } from '../../../src/lib/importer/import-text.ts';
import { createTagger } from '../../../src/lib/topics/tagger.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const root = tempDir('gallery-');

const page = [
  '首页 | 工作总结 | 工作计划 | 讲话稿',
  '当前位置：首页 > 工作总结 > 教育',
  '浏览次数：1024  发布时间：2021-03-02 10:15',
  '桐庐县教育局2020年工作总结',
  '2020年，全县教育系统认真贯彻落实县委、县政府的决策部署，各项工作取得了新的进展，现将一年来的工作总结如下。',
  '一、主要成绩',
  '全年新建、改扩建校舍3.2万平方米，新增学位1800个，完成农村薄弱学校改造12所，办学条件明显改善。',
  '二、存在问题',
  '城乡之间办学条件和师资水平差距仍然较大，优质教育资源总量不足，教师队伍结构性矛盾依然存在。',
  '上一篇：学校安全工作总结',
  '下一篇：幼儿园年度工作计划',
].join('\n');

const body = [
  '2020年，全县教育系统认真贯彻落实县委、县政府的决策部署，各项工作取得了新的进展，现将一年来的工作总结如下。',
  '## 一、主要成绩',
  '全年新建、改扩建校舍3.2万平方米，新增学位1800个，完成农村薄弱学校改造12所，办学条件明显改善。',
  '## 二、存在问题',
  '城乡之间办学条件和师资水平差距仍然较大，优质教育资源总量不足，教师队伍结构性矛盾依然存在。',
].join('\n\n');

const meta = {
  title: '桐庐县教育局2020年工作总结',
  issuer: '桐庐县教育局',
  region: '{ province: 浙江省, city: 杭州市, county: 桐庐县 }',
  level: 'county',
  year: '2020',
  type: 'summary',
  script: 'zh-Hans',
  anonymized: 'false',
};

function writeCase(name: string, fields: Record<string, string>, { caseYml = true, text = body } = {}) {
  const dir = join(root, name);
  mkdirSync(join(dir, 'expected'), { recursive: true });
  writeFileSync(join(dir, 'page.txt'), page);
  if (caseYml) writeFileSync(join(dir, 'case.yml'), 'style: 范文站文本页\nkinds: [site-nav, breadcrumb]\n');
  const front = Object.entries({ ...meta, ...fields }).map(([key, value]) => `${key}: ${value}`);
  writeFileSync(join(dir, 'expected', '1.md'), ['---', ...front, '---', '', text, ''].join('\n'));
}

writeCase('2-right', {});
writeCase('10-wrong-issuer', { issuer: '杭州市教育局' }, { caseYml: false });
writeCase('3-wrong-title', { title: '桐庐县教育局2020年工作计划' });
writeCase('4-lost-paragraph', {}, { text: `${body}\n\n三、下一步打算` });

const tagger = createTagger([]);
const cases = readGallery(root);
const scores = cases.map((gallery) => scoreImport(gallery, importBytes(gallery.page, { tagger })));
const byName = Object.fromEntries(scores.map((score) => [score.name, score]));

describe('scoring an import against golden files', () => {
  it('reads case folders in numeric order, case.yml optional', () => {
    expect(cases.map((gallery) => gallery.name)).toEqual([
      '2-right',
      '3-wrong-title',
      '4-lost-paragraph',
      '10-wrong-issuer',
    ]);
    expect(cases[3]).toMatchObject({ style: '', kinds: [] });
    expect(cases[0]!.expected[0]!.blocks).toHaveLength(5);
  });

  it('passes a page that comes out as its golden report', () => {
    expect(byName['2-right']).toMatchObject({ exact: true, clean: true, differences: [] });
  });

  it('counts a wrong issuer against exactness but not cleanliness', () => {
    expect(byName['10-wrong-issuer']).toMatchObject({ exact: false, clean: true });
    expect(byName['10-wrong-issuer']!.differences).toEqual([expect.objectContaining({ field: 'issuer', report: 1 })]);
  });

  it('fails a wrong title and a lost paragraph, naming the field and where the body differs', () => {
    expect(byName['3-wrong-title']).toMatchObject({ exact: false, clean: false });
    expect(byName['3-wrong-title']!.differences.map((difference) => difference.field)).toEqual(['title']);
    const lost = byName['4-lost-paragraph']!;
    expect(lost.clean).toBe(false);
    expect(lost.differences.map((difference) => difference.message)).toEqual([
      '第 6 块从第 0 个字起不同：得到 ""，应为 "三、下一步打算"',
      '块数：得到 5，应为 6',
    ]);
  });

  it('counts a page whose import fails, and a page with the wrong number of reports', () => {
    const failed = scoreImport(cases[0]!, { ok: false, error: '去掉网页杂质后没有剩下正文' });
    expect(failed).toMatchObject({
      clean: false,
      differences: [{ field: 'reports', message: '导入失败：去掉网页杂质后没有剩下正文' }],
    });
    const outcome = importBytes(cases[0]!.page, { tagger });
    if (!outcome.ok) throw new Error(outcome.error);
    const twice = scoreImport(cases[0]!, { ...outcome, reports: [...outcome.reports, ...outcome.reports] });
    expect(twice.differences[0]).toMatchObject({ field: 'reports', report: 0 });
  });

  it('sums pass rates, wrong fields and clean rates per kind', () => {
    expect(summarizeScores(scores)).toEqual({
      cases: 4,
      exact: 1,
      clean: 2,
      wrongFields: { issuer: 1, title: 1, body: 1 },
      kinds: { 'site-nav': { cases: 3, clean: 1 }, breadcrumb: { cases: 3, clean: 1 } },
    });
  });

  it('says which folder is malformed', () => {
    mkdirSync(join(root, 'broken', 'no-page', 'expected'), { recursive: true });
    expect(() => readGallery(join(root, 'broken'))).toThrow(/no-page：没有 page\.\* 文件/);
    expect(() => readGallery(join(root, 'missing'))).toThrow(/没有这个目录/);
  });
});
