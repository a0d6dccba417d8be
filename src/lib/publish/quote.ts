/*
 * "引用这段文字": a reader selects words in a report and gets them back as a
 * quote with its citation and a link that opens the page at that very text
 * (a URL text fragment, `#section:~:text=…`). Browsers match a text fragment
 * only on whole words, and Chinese has no spaces to say where words end: the
 * browser's own word breaker decides, so the quote and the fragment's terms
 * are cut where the same breaker (Intl.Segmenter in the page) says words end.
 */

/** Word boundaries of a text, 0 and its length included, as the browser that matches the fragment finds them. */
type WordBreaks = (text: string) => number[];

/** The selection and the text of its blocks around it: the paragraph before and after it. */
interface SelectionText {
  before: string;
  selected: string;
  after: string;
}

interface Quote {
  /** The words quoted: the selection widened to whole words, paragraphs joined by a line break. */
  text: string;
  /** The text directive that finds it (`text=…`), or undefined when it has no whole word to find. */
  directive: string | undefined;
}

/** Longest start or end of a long quote a fragment names; long enough to be unique on a report page. */
const termLength = 20;
/** Longest context before and after the quote a fragment names, to tell repeated words apart. */
const contextLength = 8;

export function wordBreaksIn(locale: string): WordBreaks {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  return (text) => [0, ...Array.from(segmenter.segment(text), ({ index, segment }) => index + segment.length)];
}

/** Percent-encodes a term; '-', ',' and '&' mean something in a text directive, so they are encoded too. */
function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/** Whitespace as it reads: runs of spaces become one, blank lines go, each paragraph on its own line. */
function tidy(text: string): string {
  return text
    .split(/\s*\n\s*/)
    .map((line) => line.replace(/[ \t\u3000]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/** The longest whole-word start of `text` not over `limit` characters (the first word, if that alone is longer). */
function leadingWords(text: string, limit: number, breaks: WordBreaks): string {
  const cuts = breaks(text).filter((cut) => cut > 0);
  const within = cuts.filter((cut) => cut <= limit);
  return text.slice(0, within.at(-1) ?? cuts[0] ?? 0);
}

/** The longest whole-word end of `text` not over `limit` characters (the last word, if that alone is longer). */
function trailingWords(text: string, limit: number, breaks: WordBreaks): string {
  const cuts = breaks(text).filter((cut) => cut < text.length);
  const within = cuts.filter((cut) => text.length - cut <= limit);
  return text.slice(within[0] ?? cuts.at(-1) ?? text.length);
}

/**
 * The quote of a selection and the directive that finds it. A selection that
 * starts or ends inside a word is widened to the whole word, so the quote
 * reads as the report does and the browser can match it. A short quote is
 * named whole; a long one by its first and last words. A few words around
 * it tell it apart from the same words elsewhere on the page.
 */
export function quoteOf({ before, selected, after }: SelectionText, breaks: WordBreaks): Quote {
  const core = tidy(selected);
  if (core.length === 0) return { text: '', directive: undefined };
  const lines = core.split('\n');
  const leading = selected.match(/^\s*/)![0].length > 0;
  const trailing = selected.match(/\s*$/)![0].length > 0;
  // Where the word around the selection's start begins, in the text before it.
  const head = before + lines[0];
  const startCut = leading ? before.length : Math.max(...breaks(head).filter((cut) => cut <= before.length));
  const tail = lines.at(-1)! + after;
  const endCut = trailing ? 0 : Math.min(...breaks(tail).filter((cut) => cut >= lines.at(-1)!.length));
  const widenedStart = before.slice(startCut);
  const widenedEnd = trailing ? '' : after.slice(0, endCut - lines.at(-1)!.length);
  const text = tidy(widenedStart + core + widenedEnd);
  const quoted = text.split('\n');

  const terms =
    quoted.length === 1 && text.length <= termLength * 2
      ? [encodeTerm(text)]
      : [
          encodeTerm(leadingWords(quoted[0]!, termLength, breaks)),
          encodeTerm(trailingWords(quoted.at(-1)!, termLength, breaks)),
        ];
  const prefix = trailingWords(tidy(before.slice(0, startCut)).split('\n').at(-1) ?? '', contextLength, breaks);
  const suffix = leadingWords(tidy(after.slice(widenedEnd.length)).split('\n')[0] ?? '', contextLength, breaks);
  const parts = [
    ...(prefix ? [`${encodeTerm(prefix)}-`] : []),
    ...terms,
    ...(suffix ? [`-${encodeTerm(suffix)}`] : []),
  ];
  return { text, directive: `text=${parts.join(',')}` };
}

/** The link to a section that scrolls to the quote and highlights it, or to the section alone where it cannot. */
export function quoteLink(sectionUrl: string, quote: Quote): string {
  return quote.directive ? `${sectionUrl}:~:${quote.directive}` : sectionUrl;
}

/**
 * What "复制" puts on the clipboard: the quote, the section's GB/T 7714
 * citation, the link to the quoted words and the SHA-256 of the archived
 * report file, so a reader can check the words were in the text archived.
 */
export function quoteCitation(quote: Quote, citation: string, link: string, sha256: string): string {
  return [`“${quote.text}”`, citation, `引文链接：${link}`, `存档文件 SHA-256：${sha256}`].join('\n');
}
