import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectArchive } from '../../../src/lib/archive/load-archive.ts';
import { metadataConfidence } from '../../../src/lib/review/metadata-confidence.ts';
import { prSummaryMarkdown } from '../../../src/lib/review/pr-summary.ts';
import { reviewNotes } from '../../../src/lib/review/review-notes.ts';
import { reportFile, tempArchive } from '../../helpers/temp-archive.ts';

const paths = tempArchive(
  {
    '2020/new-2020-summary.md': reportFile(
      '## 一、加强教师队伍建设\n\n教师培训全面推进，坚持原那么不动摇。\n\n## 二、其他\n\n天气晴朗。',
      {
        title: '新县教育局2020年工作总结|草稿',
        region: '{ province: 河南省 }',
        level: 'county',
      },
    ),
    'broken.md': reportFile('正文。', { year: '二〇二〇' }),
    'reviewed.md': reportFile('2019年，全县教育工作稳步推进。', {
      title: '清丰县教育局2019年教育工作要点',
      year: '2019',
      type: 'summary',
    }),
    'guess.md': reportFile('2019年，全县教育工作稳步推进。\n\n全年新建学校3所。', {
      title: '教育工作情况',
      year: '2019',
      type: 'other',
    }),
    'elsewhere.md': reportFile('## 一、教师队伍建设\n\n培训教师。', {
      region: '{ city: 常德市, county: 清丰县 }',
      level: 'county',
      source: '{ name: 测试, url: https://example.org/a }',
    }),
  },
  { withFixtureReports: true },
);
const { archive, diagnostics } = await inspectArchive({ paths, now: new Date('2026-06-01') });
const relativePath = (file: string) => relative(paths.root, file);
const report = archive!.bySlug.get('new-2020-summary')!;

describe('review notes', () => {
  it('point at converter damage, missing metadata and sections left to the fallback topic', () => {
    expect(reviewNotes(report, archive!)).toEqual([
      '疑似转换错误“原那么”（原文可能是“原则”）1 处',
      '出处没有网址 source.url',
      '1 节只得到兜底主题「general」：二、其他',
    ]);
  });

  it('repeat the region warnings of npm run check', () => {
    expect(reviewNotes(archive!.bySlug.get('elsewhere')!, archive!)).toEqual([
      'region.county：「清丰县」不属于「常德市」（清丰县属于河南省濮阳市）',
    ]);
  });
});

describe('the pull-request summary', () => {
  const summary = prSummaryMarkdown({
    changes: [
      { status: 'added', path: 'content/reports/2020/new-2020-summary.md' },
      { status: 'added', path: 'content/reports/broken.md' },
      {
        status: 'renamed',
        path: 'content/reports/2021/dongshan-2021-summary.md',
        from: 'content/reports/dongshan-2021-summary.md',
      },
      { status: 'removed', path: 'content/reports/old-report.md' },
    ],
    archive,
    diagnostics,
    relativePath,
  });

  it('counts the changes and lists each report with its year, type, topics and sections', () => {
    expect(summary).toContain('## 报告变更：新增 2 篇，修改 0 篇，改名 1 篇，删除 1 篇');
    expect(summary).toContain(
      '| 新增 | 新县教育局2020年工作总结\\|草稿<br>`new-2020-summary` | 2020年 | 工作总结 | 教师队伍、综合 | 2 |',
    );
    expect(summary).toMatch(/\| 改名 \| 东山县教育局2021年工作总结<br>`dongshan-2021-summary` \| 2021年 \|/);
  });

  it('lists validation problems of the changed files', () => {
    expect(summary).toContain('### ❌ 校验问题（1 个，须修正）');
    expect(summary).toContain('- `content/reports/broken.md:4` year：应为整数年份，或在原文隐去年份时写 null');
  });

  it('gives the review notes per report', () => {
    expect(summary).toContain(
      '- **新县教育局2020年工作总结\\|草稿**（`content/reports/2020/new-2020-summary.md`）\n  - 疑似转换错误“原那么”（原文可能是“原则”）1 处',
    );
  });

  it("shows how far the text supports each report's metadata, the weakest fields first", () => {
    const withGuess = prSummaryMarkdown({
      changes: [{ status: 'added', path: 'content/reports/guess.md' }],
      archive,
      diagnostics: [],
      relativePath,
    });
    expect(withGuess).toContain('| 元数据把握 |');
    expect(withGuess).toMatch(/`guess` \| 2019年 \| [^|]+ \| [^|]+ \| 1 \| 0\.30 \|/);
    expect(withGuess).toContain(
      '  - 标题把握 0.30：没有找到符合“单位＋年份＋文种”写法的标题，这是最接近的一行\n  - 类型把握 0.30：标题和正文都看不出文种，填了 other\n  - 年份把握 0.55：正文最先提到的年份',
    );
  });

  it('trusts a field the reviewer set against what the text suggests', () => {
    const reviewed = metadataConfidence(archive!.bySlug.get('reviewed')!);
    expect(reviewed.type).toEqual({ score: 1, reason: '审核人改过' });
    expect(reviewed.year).toEqual({ score: 1, reason: '标题里的年份' });
  });

  it('warns that removing a report breaks its links, but moving it between folders does not', () => {
    expect(summary).toContain('### ⚠️ 已发布的链接会失效');
    expect(summary).toContain('- 删除 `content/reports/old-report.md`');
    expect(summary).not.toContain('- 改名 `content/reports/dongshan-2021-summary.md`');
  });

  it('says so when no report changed', () => {
    expect(prSummaryMarkdown({ changes: [], archive, diagnostics: [], relativePath })).toBe(
      '## 报告变更：新增 0 篇，修改 0 篇，改名 0 篇，删除 0 篇\n\n这个拉取请求没有改动报告文件。\n',
    );
  });
});
