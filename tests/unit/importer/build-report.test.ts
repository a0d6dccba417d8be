import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/lib/importer/build-report.ts';
import { fixtureTopics } from '../../helpers/fixture-topics.ts';

const { tagger } = fixtureTopics();
const context = {
  options: { tagger },
  siteName: '清丰县人民政府网',
  tags: [] as string[],
  titleSure: true,
  pageHasOneReport: true,
  surroundings: '',
};
const sectioned = [
  '2020年，我局认真落实各项工作。',
  '一、教师队伍',
  '师德师风建设，教师培训120人。',
  '二、经费保障',
  '落实经费3000万元，审计全覆盖。',
];

describe('building one imported report', () => {
  it('fills the front matter from the title and the text', () => {
    const { meta, warnings, confidence } = buildReport('清丰县教育局2020年工作总结', sectioned, context);
    expect(meta).toEqual({
      title: '清丰县教育局2020年工作总结',
      issuer: '清丰县教育局',
      region: { province: '河南省', city: '濮阳市', county: '清丰县' },
      level: 'county',
      year: 2020,
      type: 'summary',
      script: 'zh-Hans',
      anonymized: false,
      source: { name: '清丰县人民政府网' },
    });
    expect(warnings).toEqual([]);
    expect(confidence.overall).toBe(1);
  });

  it('tags each numbered section and writes the topics beside its heading', () => {
    const report = buildReport('清丰县教育局2020年工作总结', sectioned, context);
    expect(
      report.blocks.filter((block) => block.kind === 'heading').map((block) => [block.text, block.topics]),
    ).toEqual([
      ['一、教师队伍', ['teachers']],
      ['二、经费保障', ['finance']],
    ]);
    expect(report.markdown).toContain('\n## 一、教师队伍 {teachers}\n');
    expect(report.markdown.startsWith('---\ntitle: 清丰县教育局2020年工作总结\n')).toBe(true);
  });

  it('prefers the source name and address given on the command line', () => {
    const { meta } = buildReport('清丰县教育局2020年工作总结', sectioned, {
      ...context,
      options: { tagger, sourceName: '濮阳教育网', sourceUrl: 'https://example.org/a.html' },
    });
    expect(meta.source).toEqual({ name: '濮阳教育网', url: 'https://example.org/a.html' });
  });

  it('tells the reviewer everything it had to guess', () => {
    const { meta, warnings } = buildReport('某某工作总结', ['师德师风建设，教师培训120人', '20xx年'], {
      ...context,
      siteName: undefined,
      titleSure: false,
      tags: ['经费', '审计'],
    });
    expect(meta).toMatchObject({ issuer: '教育局', year: null, source: { name: '未注明' } });
    expect(warnings).toEqual([
      '原文没有写出发文单位，暂填“教育局”',
      '没有找到可靠的标题，暂用“某某工作总结”，请核对',
      '没有识别出来源网站，请填写 source.name（可用 --source-name）',
      '页面标签“经费 审计”对应主题 finance',
      '没有找到“一、”或“（一）”式的标题，全文作为一节，主题写在 front matter 的 topics；如原文有小节请补上 ## 标题',
      '年份被隐去或未写明，year 填了 null',
    ]);
  });

  it('puts the topics of a report without sections, and of its page’s tags, in the front matter', () => {
    const { meta } = buildReport('清丰县教育局2020年工作总结', ['师德师风建设，教师培训120人。'], {
      ...context,
      tags: ['经费'],
    });
    expect(meta.topics).toEqual(['finance', 'teachers']);
  });

  it('reads a page’s tags only when the page holds one report', () => {
    const { meta, warnings } = buildReport('清丰县教育局2020年工作总结', sectioned, {
      ...context,
      tags: ['经费'],
      pageHasOneReport: false,
    });
    expect(meta.topics).toBeUndefined();
    expect(warnings).toEqual(['页面标签“经费”没有对应的主题']);
  });

  it('warns of a text cut off before its last full stop, and of runs of question marks', () => {
    const { warnings } = buildReport(
      '清丰县教育局2020年工作总结',
      ['一、工作', '全县教师???培训，下一步将继续'],
      context,
    );
    expect(warnings).toContain('正文末尾没有句号，原文可能不完整：“…???培训，下一步将继续”');
    expect(warnings).toContain('正文有成串的“?”或乱码，原文如此，已按原样保留');
  });
});
