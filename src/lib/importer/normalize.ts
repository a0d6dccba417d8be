/**
 * Unicode NFC, Unix line endings, no zero-width characters, and lines trimmed
 * of the spaces and ideographic spaces used for indentation. Spaces inside a
 * line are part of the text and stay. Blank lines stay too, so every line keeps
 * its number in the input.
 */
export function normalizeLines(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\u200b|\u200c|\u200d|\u2060|\ufeff/g, '')
    .split('\n')
    .map((line) => line.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, ''));
}
