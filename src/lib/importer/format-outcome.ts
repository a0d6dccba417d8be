import { displayPath } from '../validation/diagnostic.ts';
import type { InputOutcome } from './import-files.ts';

const statusLabel = { written: '写入', overwritten: '覆盖', planned: '将写入', duplicate: '已存在，跳过' } as const;

const encodingLabel: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8（带 BOM）',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  gb18030: 'GB18030/GBK',
  big5: 'Big5',
};

/** The human-readable report of an import run: a block per input, then totals and the next step. */
export function formatOutcomes(outcomes: readonly InputOutcome[], { dryRun = false } = {}): string {
  const lines: string[] = [];
  for (const outcome of outcomes) {
    if (!outcome.ok) {
      lines.push(`✗ ${displayPath(outcome.input)}：${outcome.error}`);
      continue;
    }
    const removed = Object.values(outcome.removed ?? {}).reduce((total, count) => total + (count ?? 0), 0);
    const details = [encodingLabel[outcome.encoding ?? ''] ?? outcome.encoding, outcome.format === 'html' ? '网页' : '文本', `去掉杂质 ${removed} 行`];
    lines.push(`✓ ${displayPath(outcome.input)}：${outcome.reports.length} 篇报告（${details.join('，')}）`);
    for (const note of outcome.notes ?? []) lines.push(`    · ${note}`);
    for (const report of outcome.reports) {
      lines.push(`    ${statusLabel[report.status]} ${displayPath(report.path)}  ${report.title}`);
      if (report.status !== 'duplicate') for (const warning of report.warnings) lines.push(`      ! ${warning}`);
    }
  }
  const reports = outcomes.flatMap((outcome) => outcome.reports);
  const failed = outcomes.filter((outcome) => !outcome.ok).length;
  const written = reports.filter((report) => report.status !== 'duplicate').length;
  const duplicates = reports.length - written;
  lines.push('');
  lines.push(
    `合计：${outcomes.length} 个文件，${written} 篇报告${dryRun ? '将写入（试运行，未写任何文件）' : '已写入'}，${duplicates} 篇与已有报告相同，${failed} 个文件失败。`,
  );
  if (written > 0 && !dryRun) {
    lines.push('下一步：逐篇核对生成的文件——标题、发文单位、地区、年份、类型、各节主题和上面的提示——然后运行 npm run check。');
  }
  return lines.join('\n');
}
