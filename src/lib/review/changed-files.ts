/** A report file a pull request adds, changes, renames or removes. */
export interface ChangedFile {
  status: 'added' | 'changed' | 'renamed' | 'removed';
  /** Path in the pull request's tree (for removed files, the path that was removed). */
  path: string;
  /** Old path of a renamed file. */
  from?: string;
}

const statuses: Record<string, ChangedFile['status']> = {
  A: 'added',
  M: 'changed',
  R: 'renamed',
  D: 'removed',
  C: 'added',
  T: 'changed',
};

/**
 * Reads `git diff --name-status -z -M` output: a status letter (R and C carry a
 * similarity score and two paths), then the path, NUL-separated.
 */
export function parseNameStatus(output: string): ChangedFile[] {
  const fields = output.split('\0').filter((field) => field !== '');
  const files: ChangedFile[] = [];
  for (let index = 0; index < fields.length; ) {
    const code = fields[index++]!;
    const status = statuses[code[0]!];
    if (code[0] === 'R' || code[0] === 'C') {
      const from = fields[index++]!;
      const path = fields[index++]!;
      files.push(code[0] === 'R' ? { status: 'renamed', path, from } : { status: 'added', path });
    } else {
      const path = fields[index++]!;
      if (status) files.push({ status, path });
    }
  }
  return files;
}
