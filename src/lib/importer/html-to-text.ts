/** Looks like a page saved from a browser rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).toLowerCase();
  return /<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]/.test(head) || (text.match(/<(p|div|br|span|td)\b[^>]*>/gi) ?? []).length >= 5;
}

const named: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  middot: '·',
  bull: '•',
  times: '×',
  divide: '÷',
  deg: '°',
  yen: '¥',
  copy: '©',
  reg: '®',
  emsp: ' ',
  ensp: ' ',
  thinsp: ' ',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return named[body.toLowerCase()] ?? entity;
  });
}

const blockTags = 'p|div|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|nav|aside|blockquote|pre|dd|dt|dl|form|figure|figcaption|main|title';

/**
 * Plain text from a saved page: scripts, styles and comments go, block
 * elements and line breaks become line breaks, every other tag goes, and
 * entities are decoded. What is left of the site's chrome is removed later
 * with the rest of the noise.
 */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(script|style|noscript|template|svg|iframe|select|button)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<(meta|link|input|img)\b[^>]*>/gi, '')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(new RegExp(`<\\/?(?:${blockTags})\\b[^>]*>`, 'gi'), '\n\n')
      .replace(/<td\b[^>]*>/gi, ' ')
      .replace(/<[^>]+>/g, '')
      .replace(/[ \t]*\n[ \t]*/g, '\n'),
  );
}
