import { htmlToArticle, looksLikeHtml } from './html-article.ts';
import { normalizeLines } from './normalize.ts';
import type { Removal, SourceLine } from './removals.ts';

interface PageText {
  format: 'text' | 'html';
  /** The lines the text steps work on, numbered as in the text the reviewer can see. */
  lines: SourceLine[];
  /** Title-like strings the page carries outside its text: the HTML <title> and headings. */
  headCandidates: string[];
  /** Lines of an HTML page that lay outside the article Readability found. */
  removals: Removal[];
}

/** Lines keep the numbers they have in the input (blank lines count), so a removal can be found again. */
function numbered(text: string): SourceLine[] {
  const raw = text.replace(/\r\n?/g, '\n').split('\n');
  return normalizeLines(text)
    .map(
      (line, index): SourceLine =>
        /^[ \t\u3000\u00a0]{2,}|^\u3000/.test(raw[index] ?? '')
          ? { no: index + 1, text: line, indent: true }
          : { no: index + 1, text: line },
    )
    .filter((line) => line.text !== '');
}

/**
 * The page as numbered lines of text. A saved web page goes through a real
 * HTML parser and Readability; its lines are numbered as in the page's whole
 * text, so a line reported as outside the article can be found and restored.
 */
export function readPageText(raw: string): PageText {
  if (!looksLikeHtml(raw)) return { format: 'text', lines: numbered(raw), headCandidates: [], removals: [] };
  const html = htmlToArticle(raw);
  const page = numbered(html.page);

  const article = numbered(html.article).map((line) => line.text);
  const outsideRule = html.extracted ? 'outside-article' : 'caption';
  // Where each text stands in the page, so every article line finds its page line in one pass.
  const positions = new Map<string, number[]>();
  page.forEach((line, index) => {
    const list = positions.get(line.text);
    if (list) list.push(index);
    else positions.set(line.text, [index]);
  });
  // The cursor only moves forward, so each text's list is read from where it was left.
  const next = new Map<string, number>();
  const nextAt = (text: string): number | undefined => {
    const list = positions.get(text);
    if (!list) return undefined;
    let at = next.get(text) ?? 0;
    while (at < list.length && list[at]! < cursor) at += 1;
    next.set(text, at);
    return list[at];
  };
  const lines: SourceLine[] = [];
  const removals: Removal[] = [];
  let cursor = 0;
  for (const text of article) {
    const found = nextAt(text);
    if (found === undefined) {
      lines.push({ no: page[Math.min(cursor, page.length - 1)]?.no ?? 1, text });
      continue;
    }
    let outside = page.slice(cursor, found);
    if (lines.length === 0) {
      // The lines just before the article are where its title lives: they go on to the title step, marked as outside it.
      lines.push(...outside.slice(-8).map((line) => ({ ...line, outside: true })));
      outside = outside.slice(0, -8);
    }
    // Something left out between two article lines (a page footer, a caption) may have cut a sentence in two.
    const gap = outside.length > 0 && lines.length > 0;
    if (gap && html.extracted && outside.length <= 3) {
      // A line or two the extractor dropped between article lines (a collection's 篇二 heading, an ad slot) goes on
      // marked as outside it, so the chrome step can tell structure from furniture and report the rest.
      lines.push(...outside.map((line) => ({ ...line, outside: true })));
      outside = [];
    }
    removals.push(...outside.map((line) => ({ line: line.no, text: line.text, rule: outsideRule })));
    lines.push(gap ? { ...page[found]!, afterBreak: true } : page[found]!);
    cursor = found + 1;
  }
  // Notes under a document ([1] …, 注：…) belong to it even where an extractor leaves them out.
  let rest = page.slice(cursor);
  while (rest.length > 0 && /^(\[\d{1,2}\]|［\d{1,2}］|注\s*\d*\s*[:：]|[①②③④⑤⑥⑦⑧⑨])/.test(rest[0]!.text)) {
    lines.push(rest[0]!);
    rest = rest.slice(1);
  }
  removals.push(...rest.map((line) => ({ line: line.no, text: line.text, rule: outsideRule })));
  return {
    format: 'html',
    lines,
    headCandidates: [html.pageTitle, ...html.headings].filter((title) => title !== ''),
    removals,
  };
}
