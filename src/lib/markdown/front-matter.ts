/** A report file cut into its YAML front matter and its Markdown body. */
interface SplitReport {
  frontMatter: string;
  /** 1-based line of the first YAML line. */
  frontMatterLine: number;
  body: string;
  /** 1-based line of the first body line. */
  bodyLine: number;
}

type SplitResult = ({ ok: true } & SplitReport) | { ok: false; problem: 'missing' | 'unterminated'; line: number };

const fence = /^---[ \t]*$/;

/** Front matter is the block between a first line `---` and the next line `---`. */
export function splitFrontMatter(text: string): SplitResult {
  const lines = text.split('\n');
  if (!fence.test(lines[0] ?? '')) return { ok: false, problem: 'missing', line: 1 };
  const end = lines.findIndex((line, index) => index > 0 && fence.test(line));
  if (end < 0) return { ok: false, problem: 'unterminated', line: 1 };
  return {
    ok: true,
    frontMatter: lines.slice(1, end).join('\n'),
    frontMatterLine: 2,
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 2,
  };
}
