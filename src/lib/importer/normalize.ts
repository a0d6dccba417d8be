/**
 * Unicode NFC, Unix line endings, lines trimmed of the spaces and ideographic
 * spaces used for indentation, and at most one blank line in a row. Spaces
 * inside a line are part of the text and stay.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, '')
    .split('\n')
    .map((line) => line.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
