import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectArchive } from '../../../src/lib/archive/load-archive.ts';
import { prSummaryMarkdown } from '../../../src/lib/review/pr-summary.ts';
import { reviewNotes } from '../../../src/lib/review/review-notes.ts';
import { reportFile, tempArchive } from '../../helpers/temp-archive.ts';

const paths = tempArchive(
  {
    '2020/new-2020-summary.md': reportFile('## 一、加强教师队伍建设\n\n教师培训全面推进，坚持原那么不动摇。\n\n## 二、其他\n\n天气晴朗。', {
      title: '新县教育局2020年工作总结|草稿',
      region: '{ province: 河南省 }',
      level: 'county',
    }),
    'broken.md': reportFile('正文。', { year: '二〇二〇' }),
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
});

describe('the pull-request summary', () => {
  const summary = prSummaryMarkdown({
    changes: [
      { status: 'added', path: 'content/reports/2020/new-2020-summary.md' },
      { status: 'added', path: 'content/reports/broken.md' },
      { status: 'renamed', path: 'content/reports/2021/dongshan-2021-summary.md', from: 'content/reports/dongshan-2021-summary.md' },
      { status: 'removed', path: 'content/reports/old-report.md' },
    ],
    archive,
    diagnostics,
    relativePath,
  });

  it('counts the changes and lists each report with its year, type, topics and sections', () => {
    expect(summary).toContain('## 报告变更：新增 2 篇，修改 0 篇，改名 1 篇，删除 1 篇');
    expect(summary).toContain('| 新增 | 新县教育局2020年工作总结\\|草稿<br>`new-2020-summary` | 2020年 | 工作总结 | 教师队伍、综合 | 2 |');
    expect(summary).toMatch(/\| 改名 \| 东山县教育局2021年工作总结<br>`dongshan-2021-summary` \| 2021年 \|/);
  });

  it('lists validation problems of the changed files', () => {
    expect(summary).toContain('### ❌ 校验问题（1 个，须修正）');
    expect(summary).toContain('- `content/reports/broken.md:4` year：应为整数年份，或在原文隐去年份时写 null');
  });

  it('gives the review notes per report', () => {
    expect(summary).toContain('- **新县教育局2020年工作总结\\|草稿**（`content/reports/2020/new-2020-summary.md`）\n  - 疑似转换错误“原那么”（原文可能是“原则”）1 处');
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
