/**
 * Some exports deliver a whole report as one enormous line. Its paragraphs can
 * be recovered at the places a typesetter would break: a space between two
 * Chinese characters (flattened text keeps one where a paragraph ended), and a
 * heading marker such as 一、 or （一） right after the end of a sentence.
 */

const longLine = 150;
const closing = '\\p{Script=Han}。，、；：！？”’」』）)》—…·';
const spaceBreak = new RegExp(`(?<=[${closing}])[ \\t\\u00a0\\u3000]+(?=[\\p{Script=Han}“「『（(《\\d])`, 'gu');
const markerBreak = /(?<=[。！？；])(?=(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]))/gu;

/** Heading markers after a space or a sentence end: a flattened page has many, a long paragraph none. */
const inlineMarker = /(?:^|[\s。！？；])(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．](?!\d))/gu;

export function reflowLongLines(lines: readonly string[]): { lines: string[]; reflowed: number } {
  let reflowed = 0;
  const out = lines.flatMap((line) => {
    if (line.length < longLine || (line.match(inlineMarker) ?? []).length < 3) return [line];
    reflowed += 1;
    const parts = line
      .split(spaceBreak)
      .flatMap((part) => part.split(markerBreak))
      .map((part) => part.trim())
      .filter(Boolean);
    return parts.flatMap((part, index) => (index === 0 ? [part] : ['', part]));
  });
  return { lines: out, reflowed };
}
