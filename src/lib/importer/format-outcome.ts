import { displayPath } from '../validation/diagnostic.ts';
import { lowConfidence, lowConfidenceNotes } from './confidence.ts';
import type { InputOutcome } from './import-files.ts';
import { structuralRules } from './removals.ts';

const statusLabel = { written: '写入', overwritten: '覆盖', planned: '将写入', duplicate: '已存在，跳过' } as const;

const encodingLabel: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8（带 BOM）',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  gb18030: 'GB18030/GBK',
  big5: 'Big5',
};

const shorten = (text: string, length = 40) =>
  Array.from(text).length > length ? `${Array.from(text).slice(0, length).join('')}…` : text;

/**
 * The human-readable report of an import run: a block per input (reports
 * with the least certain metadata first, their weakest fields first, then
 * every removal with its line and rule), then totals and the next step.
 */
export function formatOutcomes(outcomes: readonly InputOutcome[], { dryRun = false } = {}): string {
  const lines: string[] = [];
  for (const outcome of outcomes) {
    if (!outcome.ok) {
      lines.push(`✗ ${displayPath(outcome.input)}：${outcome.error}`);
      continue;
    }
    const removals = outcome.removals ?? [];
    const details = [
      encodingLabel[outcome.encoding ?? ''] ?? outcome.encoding,
      outcome.format === 'html' ? '网页' : '文本',
      `去掉杂质 ${removals.length} 处`,
    ];
    lines.push(`✓ ${displayPath(outcome.input)}：${outcome.reports.length} 篇报告（${details.join('，')}）`);
    for (const note of outcome.notes ?? []) lines.push(`    · ${note}`);
    const ordered = [...outcome.reports].sort((a, b) => a.confidence.overall - b.confidence.overall);
    for (const report of ordered) {
      lines.push(
        `    ${statusLabel[report.status]} ${displayPath(report.path)}  ${report.title}（把握 ${report.confidence.overall.toFixed(2)}）`,
      );
      if (report.status === 'duplicate') continue;
      for (const low of lowConfidenceNotes(report.confidence)) lines.push(`      ? ${low}`);
      for (const warning of report.warnings) lines.push(`      ! ${warning}`);
    }
    if (removals.length > 0) {
      lines.push('    去掉的内容（原文行号 [规则] 文字）；删错了，从原文那一行找回：');
      for (const removal of removals)
        lines.push(`      ${String(removal.line).padStart(4)} [${removal.rule}] ${shorten(removal.text)}`);
      const used = [...new Set(removals.map((removal) => removal.rule))];
      const steps = used.filter((rule) => structuralRules[rule]).map((rule) => `${rule}＝${structuralRules[rule]}`);
      lines.push(`    规则：${steps.length > 0 ? `${steps.join('；')}；` : ''}其余见 src/lib/importer/catalogue.yml`);
    }
  }
  const reports = outcomes.flatMap((outcome) => outcome.reports);
  const failed = outcomes.filter((outcome) => !outcome.ok).length;
  const written = reports.filter((report) => report.status !== 'duplicate').length;
  const duplicates = reports.length - written;
  const doubtful = reports.filter(
    (report) => report.status !== 'duplicate' && report.confidence.overall < lowConfidence,
  ).length;
  lines.push('');
  lines.push(
    `合计：${outcomes.length} 个文件，${written} 篇报告${dryRun ? '将写入（试运行，未写任何文件）' : '已写入'}，` +
      `${duplicates} 篇与已有报告相同，${failed} 个文件失败；${doubtful} 篇有把握不足的字段（标 ?）。`,
  );
  if (written > 0 && !dryRun) {
    lines.push(
      '下一步：逐篇核对生成的文件——先看标 ? 的字段，再看标题、发文单位、地区、年份、类型、各节主题和上面的提示——然后运行 npm run check。',
    );
  }
  return lines.join('\n');
}
