import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import type { Diagnostic } from '../validation/diagnostic.ts';
import { issuesToDiagnostics } from '../validation/schema-issues.ts';
import { parseYamlDocument } from '../validation/yaml-document.ts';

/** Reads and validates a YAML settings file such as topics.yml or site.yml. */
export async function loadYamlFile<Schema extends z.ZodType>(
  file: string,
  schema: Schema,
): Promise<{ value?: z.output<Schema>; diagnostics: Diagnostic[] }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { diagnostics: [{ file, line: 0, field: 'file', message: '文件不存在或无法读取' }] };
  }
  const yaml = parseYamlDocument(text);
  if (yaml.errors.length > 0) {
    return {
      diagnostics: yaml.errors.map((error) => ({ file, line: error.line, field: '(yaml)', message: error.message })),
    };
  }
  const result = schema.safeParse(yaml.value);
  if (result.success) return { value: result.data, diagnostics: [] };
  const diagnostics = issuesToDiagnostics(result.error.issues, {
    file,
    input: yaml.value,
    lineOf: yaml.lineOf,
    hints: {},
    fieldsAt: () => [],
  });
  return { diagnostics };
}
