import { basename } from 'node:path';
import { displayPath, type Diagnostic } from '../validation/diagnostic.ts';
import { fingerprintSections } from './fingerprint.ts';
import type { Report } from './types.ts';

/**
 * Two files with the same name would claim the same URL, and the same text under
 * two names is a duplicate import. Both are reported on every file involved,
 * naming the others.
 */
export function findClashes(reports: readonly Report[], files: readonly string[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const bySlug = groupBy(files, (file) => basename(file, '.md'));
  for (const [slug, group] of bySlug) {
    if (group.length < 2) continue;
    for (const file of group) {
      const others = group.filter((other) => other !== file).map((other) => displayPath(other));
      diagnostics.push({
        file,
        line: 0,
        field: 'file',
        message: `文件名「${slug}」与 ${others.join('、')} 重复，网址会冲突`,
        hint: '文件名在整个档案中必须唯一，即使放在不同的子目录里',
      });
    }
  }

  const byText = groupBy(reports, (report) => fingerprintSections(report.sections));
  for (const group of byText.values()) {
    if (group.length < 2) continue;
    for (const report of group) {
      const others = group.filter((other) => other !== report).map((other) => displayPath(other.file));
      diagnostics.push({
        file: report.file,
        line: 0,
        field: 'body',
        message: `正文与 ${others.join('、')} 相同`,
        hint: '同一篇报告只保留一份；不同来源的出处可以写在 source.note 里',
      });
    }
  }
  return diagnostics;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    groups.set(name, [...(groups.get(name) ?? []), item]);
  }
  return groups;
}
