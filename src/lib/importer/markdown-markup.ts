import type { SourceLine } from './removals.ts';

const heading = /^#{1,6}\s+/;
const quote = /^>\s?/;
const strong = /\*\*(.+?)\*\*|__(.+?)__/g;

/**
 * Notes apps and some sites export a report as Markdown: # headings, > quotes,
 * **bold** lead-ins. That markup is not the report's text. It is taken off only
 * when the page is plainly Markdown (several such lines), so a lone ** in a
 * report, where it hides a name, stays as published.
 */
export function stripMarkdownMarkup(lines: readonly SourceLine[]): { lines: SourceLine[]; stripped: number } {
  const marked = lines.filter(
    (line) => heading.test(line.text) || quote.test(line.text) || /^\*\*.+?\*\*/.test(line.text),
  ).length;
  if (marked < 3) return { lines: [...lines], stripped: 0 };
  let stripped = 0;
  const out = lines.map((line) => {
    const text = line.text
      .replace(heading, '')
      .replace(quote, '')
      .replace(strong, (_, bold?: string, underline?: string) => bold ?? underline ?? '');
    if (text !== line.text) stripped += 1;
    return { ...line, text: text.trim() };
  });
  return { lines: out.filter((line) => line.text !== ''), stripped };
}

/** 🔹一、…, ▶（一）…: a pictograph or arrow a site puts before a numbered heading is decoration, not text. */
const headingOrnament = new RegExp(
  String.raw`^(?:[\p{Extended_Pictographic}\u2190-\u21ff\u25a0-\u25ff\u2600-\u27bf]|\ufe0f)+\s*` +
    String.raw`(?=[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、]|第[一二三四五六七八九十]+部分)`,
  'u',
);

export function stripHeadingOrnaments(lines: readonly SourceLine[]): { lines: SourceLine[]; stripped: number } {
  let stripped = 0;
  const out = lines.map((line) => {
    const text = line.text.replace(headingOrnament, '');
    if (text === line.text) return line;
    stripped += 1;
    return { ...line, text };
  });
  return { lines: out, stripped };
}
