import type { SourceLine } from './removals.ts';

/**
 * A list's bullet glyph that a converter could not encode comes out as "? "
 * at the start of each item. A paragraph never opens with a question mark and
 * a space, so when several lines do, the mark is the lost bullet and goes.
 * Numbered items with the mark after the number (1 ?) are left as published:
 * there the number is the text's own.
 */
const lostBullet = /^[?？][ \u3000\t]+(?=\S)/u;

export function stripBrokenBullets(lines: readonly SourceLine[]): { lines: SourceLine[]; stripped: number } {
  if (lines.filter((line) => lostBullet.test(line.text)).length < 2) return { lines: [...lines], stripped: 0 };
  let stripped = 0;
  const out = lines.map((line) => {
    if (!lostBullet.test(line.text)) return line;
    stripped += 1;
    return { ...line, text: line.text.replace(lostBullet, '') };
  });
  return { lines: out, stripped };
}
