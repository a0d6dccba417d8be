/** The start of a text on one line, cut at a sentence end when one is near. */
export function excerptOf(text: string, length = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= length) return flat;
  const head = chars.slice(0, length).join('');
  const stop = Math.max(head.lastIndexOf('。'), head.lastIndexOf('；'), head.lastIndexOf(';'));
  return stop >= length * 0.6 ? head.slice(0, stop + 1) : `${head}…`;
}
