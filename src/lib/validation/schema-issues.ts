import type { z } from 'zod';
import type { Diagnostic } from './diagnostic.ts';
import type { YamlPath } from './yaml-document.ts';

interface IssueContext {
  file: string;
  /** The value that was validated, to tell a missing field from a wrong one. */
  input: unknown;
  lineOf(path: YamlPath): number;
  /** Extra advice per field path, e.g. `year` or `source.url`. */
  hints: Readonly<Record<string, string>>;
  /** Field names allowed at each object path, to suggest the intended name for a typo. */
  fieldsAt(path: YamlPath): readonly string[];
}

/** Turns schema issues into diagnostics an author can act on: line, field, message, hint. */
export function issuesToDiagnostics(issues: readonly z.core.$ZodIssue[], context: IssueContext): Diagnostic[] {
  return issues.flatMap((issue) => {
    const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => unknownField(context, path, key));
    }
    const field = fieldName(path);
    const missing = issue.code === 'invalid_type' && valueAt(context.input, path) === undefined;
    const hint = context.hints[field.replace(/\.\d+/g, '')];
    return [
      {
        file: context.file,
        line: context.lineOf(path),
        field,
        message: missing ? '缺少必填字段' : issue.message,
        ...(hint ? { hint } : {}),
      },
    ];
  });
}

function unknownField(context: IssueContext, path: YamlPath, key: string): Diagnostic {
  const allowed = context.fieldsAt(path);
  const guess = closest(key, allowed);
  return {
    file: context.file,
    line: context.lineOf([...path, key]),
    field: fieldName([...path, key]),
    message: `未知字段「${key}」`,
    hint: guess ? `是不是想写「${guess}」？` : `可用的字段：${allowed.join('、')}`,
  };
}

function fieldName(path: YamlPath): string {
  return path.length === 0 ? '(front matter)' : path.join('.');
}

function valueAt(value: unknown, path: YamlPath): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** Nearest allowed name within an edit distance of two, for typos like `yaer`. */
function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate);
    if (distance <= 2 && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? Infinity;
}
