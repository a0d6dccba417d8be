import { foldText } from '../text/fold.ts';
import type { SourceLine } from './removals.ts';

/**
 * Some exports deliver a whole report as one enormous line. Its paragraphs can
 * be recovered at the places a typesetter would break: a space between two
 * Chinese characters (flattened text keeps one where a paragraph ended), and a
 * heading marker such as 一、 or （一） right after the end of a sentence.
 */

const longLine = 150;
const closing = '\\p{Script=Han}。，、；：:！？”’」』）)》—…·';
const spaceBreak = new RegExp(`(?<=[${closing}])[ \\t\\u00a0\\u3000]+(?=[\\p{Script=Han}“「『（(《\\d])`, 'gu');
/** A numbered heading glued to the paragraph under it ends where that paragraph opens with a year: 一、取得的成绩2020年上半年…. */
const headingEnd = new RegExp(
  [
    '^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])',
    // The heading: a short run without sentence punctuation, or two clauses when a year follows a comma.
    String.raw`(?:[^，。；,;]{2,24}?\p{Script=Han}`,
    String.raw`|[^，。；,;]{2,20}[，,][^，。；,;]{2,20}?\p{Script=Han}(?=(?:19|20)\d{2}\s*年[，,]))`,
    // Not cut inside 教育和2020年…, and only where the paragraph opens with a year or 一是 / 首先.
    String.raw`(?<![和及与暨])(?=(?:19|20)\d{2}\s*年|一是|首先)`,
  ].join(''),
  'u',
);
const markerBreak = /(?<=[。！？；.!?;])(?=(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]))/gu;

/**
 * Converters that put spaces around every number (2018 年, 112 个) make a
 * space before a number look like a paragraph break. A number with a space on
 * both sides, or a space before and punctuation after, is that spacing (but
 * not the date that ends a signature), so on a line with several of them the space
 * before the number is closed before the line is split.
 */
const spacedNumber =
  /(?<=\p{Script=Han})[ \u00a0]+(?!\d{4} *年 *\d{1,2} *月 *\d{1,2} *日\s*$)(?=\d[\d.,]*%?(?:[ \u00a0]+[\p{Script=Han}%]|[，。；、：）]))/gu;
const spacedNumberLine = 3;

/**
 * A speech flattened into one line keeps its opening lines glued: the date in
 * brackets under the title stands alone, the greeting (同志们：) ends a line,
 * and 同志们， after a full stop opens the closing paragraph.
 */
const speechDate = String.raw`[（(](?:19|20)\d{2}年\d{1,2}月\d{1,2}日[）)]`;
const speechOpening = new RegExp(
  [
    `(?=${speechDate})|(?<=${speechDate})`,
    String.raw`(?<=(?:同志|老师|同学|来宾|朋友)们[:：])(?=\p{Script=Han})`,
    '(?<=[。！？!?])(?=(?:同志|老师|同学|朋友)们[，,])',
  ].join('|'),
  'u',
);

/** 一、上半年工作开展情况（一）党史学习教育…: a part's first marker glued straight to a heading above it. */
const subMarkerBreak =
  /^(?:[一二三四五六七八九十]+、)[^，。；：,;:（(]{2,30}(?:[，,][^，。；：,;:（(]{2,30})?(?=[（(][一二三四五六七八九十]+[）)])/u;

/** Heading markers after a space or a sentence end: a flattened page has many, a long paragraph none. */
const inlineMarker =
  /(?:^|[\s。！？；])(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．](?!\d))/gu;

/**
 * A numbered heading glued to its paragraph (二、存在的问题一是…) is cut after
 * the first heading ending (问题, 打算 …) that is followed by more text, as
 * long as no comma or full stop came before: a heading is one clause.
 */
function splitGluedHeading(part: string, endings: readonly string[]): string[] {
  const marker = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/u.exec(part);
  if (!marker) return [part];
  // Endings are compared in Simplified, so a Traditional page's 存在的問題 ends where 存在的问题 does.
  const window = foldText(part.slice(marker[0].length, marker[0].length + 40));
  const [first = '', second] = window.split(/[，,]/u);
  const firstClause = first.split(/[。；;：:]/u)[0]!;
  // A heading of two short clauses (落实安全责任,确保校园和谐稳定) ends in its second one.
  const clause =
    firstClause === first && second !== undefined && first.length <= 12 && !endings.some((word) => first.endsWith(word))
      ? `${first},${second.split(/[。；;：:，,]/u)[0]!}`
      : firstClause;
  for (let end = 4; end < clause.length; end += 1) {
    if (!endings.some((word) => clause.slice(0, end).endsWith(word))) continue;
    const rest = part.slice(marker[0].length + end);
    // A short sentence end is the heading's own: （四）学生资助落实到位。 is one numbered sentence.
    const clauseLength = rest.search(/[，。；,;：:]/u);
    const ownEnd = clauseLength < 6 && /[。.]/.test(rest[clauseLength] ?? '');
    if (/^\p{Script=Han}/u.test(rest) && clauseLength > 0 && clauseLength < 40 && !ownEnd)
      return [part.slice(0, marker[0].length + end), rest];
  }
  return [part];
}

/** Splits a part after the heading a pattern anchored at its start finds (一、上半年工作开展情况｜（一）…). */
function splitNearStart(part: string, pattern: RegExp): string[] {
  const heading = pattern.exec(part)?.[0].length ?? 0;
  return heading > 0 && heading < part.length ? [part.slice(0, heading), part.slice(heading)] : [part];
}

/** Splits run-on lines into paragraphs; the parts keep the number of the line they came from. */
export function reflowLongLines(
  lines: readonly SourceLine[],
  headingEndings: readonly string[] = [],
): { lines: SourceLine[]; reflowed: number } {
  let reflowed = 0;
  const out = lines.flatMap((line) => {
    if (line.text.length < longLine || (line.text.match(inlineMarker) ?? []).length < 3) return [line];
    reflowed += 1;
    const spaced = (line.text.match(spacedNumber) ?? []).length >= spacedNumberLine;
    return (spaced ? line.text.replace(spacedNumber, '') : line.text)
      .split(spaceBreak)
      .flatMap((part) => part.split(speechOpening))
      .flatMap((part) => part.split(markerBreak))
      .flatMap((part) => splitNearStart(part, subMarkerBreak))
      .flatMap((part) => splitNearStart(part, headingEnd))
      .flatMap((part) => splitGluedHeading(part.trim(), headingEndings))
      .map((part) => part.trim())
      .filter(Boolean)
      .map((text) => ({ no: line.no, text }));
  });
  return { lines: out, reflowed };
}
