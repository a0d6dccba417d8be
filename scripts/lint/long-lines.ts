/** Files whose lines are data rather than prose or code: saved pages, reports, generated tables, the lockfile. */
const exempt = [
  /^tests\/fixtures\//,
  /^content\//,
  /^public\//,
  /^scripts\/bench\/stock-site\//,
  /^src\/lib\/text\/fold-table\.ts$/,
  /(^|\/)package-lock\.json$/,
  /\.md$/,
];

const checked = /\.(ts|mjs|astro|css|json|jsonc|yml|yaml|sh)$|^\.ci\/run$/;

/** Whether the line-length rule applies to a tracked file, by its path from the repository root. */
export function isLineChecked(path: string): boolean {
  return checked.test(path) && !exempt.some((pattern) => pattern.test(path));
}

interface LongLine {
  line: number;
  length: number;
}

/** Lines longer than the limit, counted in characters (a Han character is one), not bytes. */
export function findLongLines(text: string, limit: number): LongLine[] {
  const found: LongLine[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    const length = [...line.replace(/\r$/, '')].length;
    if (length > limit) found.push({ line: index + 1, length });
  }
  return found;
}
