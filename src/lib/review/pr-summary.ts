import type { Archive, Report } from '../archive/types.ts';
import { typeLabels, yearLabel } from '../format/labels.ts';
import type { Diagnostic } from '../validation/diagnostic.ts';
import type { ChangedFile } from './changed-files.ts';
import { lowConfidenceNotes } from '../importer/confidence.ts';
import { metadataConfidence } from './metadata-confidence.ts';
import { reviewNotes } from './review-notes.ts';

const statusLabels: Record<ChangedFile['status'], string> = {
  added: '新增',
  changed: '修改',
  renamed: '改名',
  removed: '删除',
};

/** Text safe inside a Markdown table cell: no pipes, no line breaks, no markup. */
function cell(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (char) => `\\${char}`).replace(/\s+/g, ' ');
}

function reportRow(change: ChangedFile, report: Report, archive: Archive): string {
  const topics = report.topics.map((id) => archive.topicById.get(id)?.name ?? id).join('、');
  const confidence = metadataConfidence(report).overall;
  const cells = [
    statusLabels[change.status],
    `${cell(report.meta.title)}<br>\`${report.slug}\``,
    yearLabel(report.meta.year),
    typeLabels[report.meta.type],
    cell(topics),
    String(report.sections.length),
    confidence.toFixed(2),
  ];
  return `| ${cells.join(' | ')} |`;
}

interface SummaryInput {
  /** Report files the pull request touches, paths relative to the repository root. */
  changes: readonly ChangedFile[];
  /** The archive as the pull request leaves it. */
  archive: Archive | undefined;
  /** Validation problems of the pull request's content. */
  diagnostics: readonly Diagnostic[];
  /** Turns a diagnostic's absolute file into the same repository-relative path as `changes`. */
  relativePath(file: string): string;
}

/**
 * The job summary of a pull request: which reports it adds, changes, renames
 * or removes (title, year, type, topics, sections), what the reviewer should
 * look at in each, and any validation problems, as GitHub-flavoured Markdown.
 */
export function prSummaryMarkdown(input: SummaryInput): string {
  const { changes, archive } = input;
  const byPath = new Map((archive?.reports ?? []).map((report) => [report.sourcePath, report]));
  const count = (status: ChangedFile['status']) => changes.filter((change) => change.status === status).length;
  const lines = [
    `## 报告变更：新增 ${count('added')} 篇，修改 ${count('changed')} 篇，改名 ${count('renamed')} 篇，删除 ${count('removed')} 篇`,
    '',
  ];
  if (changes.length === 0) return [...lines, '这个拉取请求没有改动报告文件。', ''].join('\n');

  const present = changes.filter((change) => change.status !== 'removed' && byPath.has(change.path));
  if (present.length > 0 && archive) {
    lines.push('| 变更 | 报告 | 年份 | 类型 | 主题 | 节数 | 元数据把握 |', '|---|---|---|---|---|---|---|');
    for (const change of present) lines.push(reportRow(change, byPath.get(change.path)!, archive));
    lines.push('');
  }

  const problems = input.diagnostics.filter((diagnostic) =>
    changes.some((change) => change.path === input.relativePath(diagnostic.file)),
  );
  if (problems.length > 0) {
    lines.push(`### ❌ 校验问题（${problems.length} 个，须修正）`, '');
    for (const problem of problems) {
      lines.push(
        `- \`${input.relativePath(problem.file)}:${problem.line}\` ${cell(problem.field)}：${cell(problem.message)}` +
          (problem.hint ? `（${cell(problem.hint)}）` : ''),
      );
    }
    lines.push('');
  }

  // Fields the text supports least come first: they are where a reviewer's look matters most.
  const notes = archive
    ? present.map((change) => {
        const report = byPath.get(change.path)!;
        return { report, notes: [...lowConfidenceNotes(metadataConfidence(report)), ...reviewNotes(report, archive)] };
      })
    : [];
  if (notes.some((entry) => entry.notes.length > 0)) {
    lines.push('### 审核提示', '');
    for (const entry of notes.filter((candidate) => candidate.notes.length > 0)) {
      lines.push(
        `- **${cell(entry.report.meta.title)}**（\`${entry.report.sourcePath}\`）`,
        ...entry.notes.map((note) => `  - ${cell(note)}`),
      );
    }
    lines.push('');
  }

  const slugOf = (path: string) => path.split('/').at(-1)!.replace(/\.md$/, '');
  const breaking = changes.filter(
    (change) =>
      change.status === 'removed' || (change.status === 'renamed' && slugOf(change.from!) !== slugOf(change.path)),
  );
  if (breaking.length > 0) {
    lines.push(
      '### ⚠️ 已发布的链接会失效',
      '',
      '报告的文件名就是它的永久网址。删除或改名后，别处引用的链接将打不开，请确认确有必要：',
      '',
    );
    for (const change of breaking) {
      lines.push(
        change.status === 'removed' ? `- 删除 \`${change.path}\`` : `- 改名 \`${change.from}\` → \`${change.path}\``,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}
