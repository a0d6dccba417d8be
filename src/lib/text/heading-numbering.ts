/**
 * The numbering that opens a heading (一、 （三） 12. 第一， 【第2篇】): it says
 * where a section stands, not what it is about. Section anchors leave it out,
 * so renumbering keeps links, and the compare page leaves it out when it
 * weighs how alike two headings are. Its own module, free of the folding
 * tables, because the compare page's script needs it too.
 */
const numbering = [
  /^[【[]\s*第?\s*[0-9一二三四五六七八九十]+\s*篇\s*[】\]]/,
  /^第[一二三四五六七八九十百零〇两]+(?:部分|章|节|条|篇|项)?\s*[、,，.．:：\s]?/,
  /^[一二三四五六七八九十百零〇]+\s*[、,，.．:：]/,
  /^[（(]\s*[一二三四五六七八九十百零〇]+\s*[）)]\s*[、,，.．]?/,
  /^[（(]?\s*\d+\s*[）)]\s*[、,，.．]?/,
  /^\d+\s*[、.．,，](?!\d)/,
];

/** The heading without its opening numbering, trimmed; a heading without any is only trimmed. */
export function stripNumbering(heading: string): string {
  let text = heading.trim();
  for (const pattern of numbering) {
    const match = pattern.exec(text);
    if (match) {
      text = text.slice(match[0].length).trim();
      break;
    }
  }
  return text;
}
