import type { Archive, Report } from '../archive/types.ts';
import { findConverterSuspects } from '../importer/converter-suspects.ts';
import { checkRegion } from '../places/check-region.ts';

/** A report's headings and paragraphs in order, as the importer saw them. */
export function reportParagraphs(report: Report): string[] {
  return report.sections.flatMap((section) => [section.heading ?? '', ...section.text.split('\n')]).filter(Boolean);
}

/**
 * What a reviewer should look at in a report that passed validation: spots a
 * converter may have changed, metadata left unknown, a region that is not a
 * known division or does not nest (the warnings of `npm run check`), and
 * sections the tagger could only give the fallback topic. None of these block a merge.
 */
export function reviewNotes(report: Report, archive: Archive): string[] {
  const notes: string[] = [];
  const meta = report.meta;
  const paragraphs = reportParagraphs(report);
  for (const suspect of findConverterSuspects(paragraphs, meta.script)) {
    notes.push(`疑似转换错误“${suspect.found}”（原文可能是“${suspect.likely}”）${suspect.count} 处`);
  }
  if (meta.year === null) notes.push('年份为 null：请确认原文确实隐去了年份');
  if (meta.level === 'unknown') notes.push('层级 level 为 unknown');
  if (!meta.region.province && !meta.region.city && !meta.region.county) notes.push('没有填写地区 region');
  for (const problem of checkRegion(meta.region)) {
    notes.push(`${problem.field}：${problem.message}${problem.hint ? `（${problem.hint}）` : ''}`);
  }
  if (!meta.source.url) notes.push('出处没有网址 source.url');
  const fallback = archive.topics.find((topic) => topic.fallback)?.id;
  const untagged = report.sections.filter(
    (section) => section.topicsFrom === 'tagger' && section.topics.length === 1 && section.topics[0] === fallback,
  );
  if (untagged.length > 0) {
    notes.push(
      `${untagged.length} 节只得到兜底主题「${fallback}」：${untagged.map((section) => section.heading ?? '导语').join('；')}`,
    );
  }
  return notes;
}
