import { relative } from 'node:path';

/** One problem found in the content, located precisely enough to fix it. */
export interface Diagnostic {
  /** Absolute path of the file. */
  file: string;
  /** 1-based line; 0 when the problem concerns the file as a whole. */
  line: number;
  /** Front-matter field path (`source.url`), or a pseudo-field such as `body` or `file`. */
  field: string;
  message: string;
  hint?: string;
}

export function formatDiagnostic(diagnostic: Diagnostic, cwd: string = process.cwd()): string {
  return format(diagnostic, '', cwd);
}

/**
 * A warning reads like a problem, so editors still jump to `path:line`, but
 * its message starts with 警告 so nobody mistakes it for something that must be fixed.
 */
export function formatWarning(warning: Diagnostic, cwd: string = process.cwd()): string {
  return format(warning, '警告：', cwd);
}

function format(diagnostic: Diagnostic, marker: string, cwd: string): string {
  const where = `${displayPath(diagnostic.file, cwd)}:${diagnostic.line}`;
  const head = `${where}: ${diagnostic.field}: ${marker}${diagnostic.message}`;
  return diagnostic.hint ? `${head}\n    提示：${diagnostic.hint}` : head;
}

/** Paths inside the project are shown relative to it, others in full. */
export function displayPath(file: string, cwd: string = process.cwd()): string {
  const path = relative(cwd, file);
  return path && !path.startsWith('..') ? path : file;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field);
}

/** Thrown when content fails validation; carries every problem found, not just the first. */
export class ContentError extends Error {
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[]) {
    const sorted = [...diagnostics].sort(compareDiagnostics);
    const lines = sorted.map((diagnostic) => formatDiagnostic(diagnostic));
    super(`内容校验发现 ${sorted.length} 个问题：\n${lines.join('\n')}`);
    this.name = 'ContentError';
    this.diagnostics = sorted;
  }
}
