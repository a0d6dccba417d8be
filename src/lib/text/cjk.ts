/**
 * Character classes for Chinese text. Ranges follow the Unicode blocks that
 * appear in bureau reports: unified ideographs (with extension A and the
 * compatibility block), CJK symbols and punctuation, and full-width forms.
 */

export function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x20000 && code <= 0x323af)
  );
}

/** Ideographs plus the punctuation and full-width forms that sit between them. */
export function isCjk(code: number): boolean {
  return (
    isHan(code) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x2018 && code <= 0x201f) ||
    code === 0x2014 ||
    code === 0x2026 ||
    code === 0x00b7
  );
}

function firstCodePoint(text: string): number | undefined {
  return text.length === 0 ? undefined : text.codePointAt(0);
}

function lastCodePoint(text: string): number | undefined {
  if (text.length === 0) return undefined;
  const last = text.charCodeAt(text.length - 1);
  if (last >= 0xdc00 && last <= 0xdfff && text.length > 1) return text.codePointAt(text.length - 2);
  return last;
}

/** Counts the Han characters in a string, or only those `where` accepts; used for section sizes and script detection. */
export function countHan(text: string, where: (code: number) => boolean = () => true): number {
  let count = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (isHan(code) && where(code)) count += 1;
  }
  return count;
}

/** True when a line break between these two pieces of text sits between two CJK characters. */
export function joinsCjk(before: string, after: string): boolean {
  const a = lastCodePoint(before);
  const b = firstCodePoint(after);
  return a !== undefined && b !== undefined && isCjk(a) && isCjk(b);
}
