/**
 * Finds the headings of a report among its paragraphs. Reports number their
 * parts 一、 then （一） then 1. — a numbered line is a heading when it is short
 * (one clause, at most one sentence end, at the end), otherwise it is a
 * numbered paragraph and stays text. 1. lines must also be followed by body
 * text, not by the next numbered item. The highest kind present becomes `##`,
 * so a report numbered only （一）… still gets sections. 一是…二是… is text.
 */

type MarkerKind = 'part' | 'cn' | 'paren' | 'num';

export type Block =
  | { kind: 'heading'; depth: 2 | 3 | 4; marker: MarkerKind; text: string }
  | { kind: 'paragraph'; text: string };

const hierarchy: MarkerKind[] = ['part', 'cn', 'paren', 'num'];

const markerPatterns: Record<MarkerKind, RegExp> = {
  part: /^第[一二三四五六七八九十百]+(?:部分|章)/,
  cn: /^[一二三四五六七八九十百]+\s*、/,
  paren: /^[（(]\s*[一二三四五六七八九十百]+\s*[）)]/,
  num: /^\d{1,2}\s*[.．、](?!\d)/,
};

const maxHeadingLength = 50;

export function markerOf(text: string): MarkerKind | undefined {
  return hierarchy.find((kind) => markerPatterns[kind].test(text));
}

export function isShortLine(text: string): boolean {
  if (Array.from(text).length > maxHeadingLength) return false;
  // A ? between Chinese numerals is a 〇 an encoding lost (二?一二年), not a question mark.
  const restored = text.replace(/(?<=[一二三四五六七八九十〇○零])\?(?=[一二三四五六七八九十〇○零])/gu, '〇');
  return !/[。！？!?；;]/.test(restored.replace(/[。！？!?；;]+$/, ''));
}

/** Whether a numbered line continues a list opened by 附件：1.…, counting back over the list's items. */
function attachmentItem(paragraphs: readonly string[], index: number): boolean {
  for (let at = index - 1; at >= 0; at -= 1) {
    const text = paragraphs[at]!;
    if (/^附\s*件\s*[:：]/u.test(text)) return true;
    if (markerOf(text) !== 'num') return false;
  }
  return false;
}

export function findStructure(paragraphs: readonly string[]): Block[] {
  const candidates = paragraphs.map((text, index): MarkerKind | undefined => {
    const marker = markerOf(text);
    if (!marker || !isShortLine(text)) return undefined;
    if (marker === 'num') {
      const next = paragraphs[index + 1];
      if (next === undefined || markerOf(next) !== undefined) return undefined;
      // The items of an attachment list (附件：1.…⏎2.…) are the list, not headings.
      if (attachmentItem(paragraphs, index)) return undefined;
    }
    return marker;
  });
  // Numbered items are headings or paragraphs as a set: one short item among long ones (8.确保…事故。) is a paragraph too.
  const numbered = paragraphs.filter((text) => markerOf(text) === 'num').length;
  const numberedHeadings = candidates.filter((kind) => kind === 'num').length;
  if (numberedHeadings * 2 < numbered) {
    for (const [index, kind] of candidates.entries()) if (kind === 'num') candidates[index] = undefined;
  }

  const present = hierarchy.filter((kind) => candidates.includes(kind));
  const depthOf = (kind: MarkerKind) => Math.min(4, 2 + present.indexOf(kind)) as 2 | 3 | 4;

  return paragraphs.map((text, index): Block => {
    const marker = candidates[index];
    return marker ? { kind: 'heading', depth: depthOf(marker), marker, text } : { kind: 'paragraph', text };
  });
}
