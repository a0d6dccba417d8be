import type { SourceLine } from './removals.ts';

/**
 * Some exports deliver a whole report as one enormous line. Its paragraphs can
 * be recovered at the places a typesetter would break: a space between two
 * Chinese characters (flattened text keeps one where a paragraph ended), and a
 * heading marker such as 一、 or （一） right after the end of a sentence.
 */

const longLine = 150;
const closing = '\\p{Script=Han}。，、；：！？”’」』）)》—…·';
const spaceBreak = new RegExp(`(?<=[${closing}])[ \\t\\u00a0\\u3000]+(?=[\\p{Script=Han}“「『（(《\\d])`, 'gu');
/** A numbered heading glued to the paragraph under it ends where that paragraph opens with a year: 一、取得的成绩2020年上半年…. */
const headingEnd = /(?<=^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])[^，。；,;]{2,24}\p{Script=Han})(?=(?:19|20)\d{2}\s*年|一是|首先)/u;
const markerBreak = /(?<=[。！？；])(?=(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]))/gu;

/** Heading markers after a space or a sentence end: a flattened page has many, a long paragraph none. */
const inlineMarker = /(?:^|[\s。！？；])(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．](?!\d))/gu;

/**
 * A numbered heading glued to its paragraph (二、存在的问题一是…) is cut after
 * the first heading ending (问题, 打算 …) that is followed by more text, as
 * long as no comma or full stop came before: a heading is one clause.
 */
function splitGluedHeading(part: string, endings: readonly string[]): string[] {
  const marker = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/u.exec(part);
  if (!marker) return [part];
  const clause = part.slice(marker[0].length, marker[0].length + 24).split(/[，。；,;：:]/u)[0]!;
  for (let end = 2; end < clause.length; end += 1) {
    if (!endings.some((word) => clause.slice(0, end).endsWith(word))) continue;
    const rest = part.slice(marker[0].length + end);
    if (/^\p{Script=Han}/u.test(rest) && /[，。；,;：:]/u.test(rest.slice(0, 40))) return [part.slice(0, marker[0].length + end), rest];
  }
  return [part];
}

/** Splits run-on lines into paragraphs; the parts keep the number of the line they came from. */
export function reflowLongLines(lines: readonly SourceLine[], headingEndings: readonly string[] = []): { lines: SourceLine[]; reflowed: number } {
  let reflowed = 0;
  const out = lines.flatMap((line) => {
    if (line.text.length < longLine || (line.text.match(inlineMarker) ?? []).length < 3) return [line];
    reflowed += 1;
    return line.text
      .split(spaceBreak)
      .flatMap((part) => part.split(markerBreak))
      .flatMap((part) => part.split(headingEnd))
      .flatMap((part) => splitGluedHeading(part.trim(), headingEndings))
      .map((part) => part.trim())
      .filter(Boolean)
      .map((text) => ({ no: line.no, text }));
  });
  return { lines: out, reflowed };
}
