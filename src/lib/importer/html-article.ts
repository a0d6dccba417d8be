import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { countHan } from '../text/cjk.ts';
import { elementText, isBlockElement, type TextNodeLike, treeSize } from './dom-text.ts';

/** Looks like a page saved from a browser rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).toLowerCase();
  return (
    /<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]/.test(head) ||
    (text.match(/<(p|div|br|span|td)\b[^>]*>/gi) ?? []).length >= 5
  );
}

interface HtmlText {
  /** The page's <title>, which template sites fill with the report title and their own name. */
  pageTitle: string;
  /** The page's main headings (<h1>, and Readability's idea of the title): where the report title often stands. */
  headings: string[];
  /** Text of the article Readability found, a line per block; the whole page's text when it found none. */
  article: string;
  /** Text of the whole page, a line per block: what a reader copying the page would get. */
  page: string;
  /** Whether `article` came from Readability rather than the whole page (less its image captions). */
  extracted: boolean;
}

/**
 * A parsed page. linkedom makes the first element of a fragment (or of a file
 * cut before its <html>) the document element, leaving no body: such markup is
 * parsed inside a page of its own.
 */
function documentOf(html: string) {
  const { document } = parseHTML(html);
  return document.documentElement?.nodeName.toUpperCase() === 'HTML' && document.body
    ? document
    : parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

/**
 * Readability scores every ancestor of every paragraph, which grows with depth
 * times size: past these (no real template nests so deep or holds so many
 * nodes) the whole page's text goes to the text steps instead.
 */
const readable = { depth: 200, nodes: 20_000 };

/** The DOM members used on elements beyond text walking: linkedom's elements have them all. */
interface ElementLike extends TextNodeLike {
  innerHTML: string;
  nextElementSibling: ElementLike | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<ElementLike>;
  parentElement: ElementLike | null;
  remove(): void;
}

/**
 * A photo's caption is page furniture, not report text: the smallest block
 * around each image goes when it holds little text besides the image.
 */
function dropCaptions(root: ElementLike): void {
  for (const image of Array.from(root.querySelectorAll('img'))) {
    let block = image.parentElement;
    while (block && block !== root && !isBlockElement(block.nodeName) && block.nodeName.toUpperCase() !== 'FIGURE')
      block = block.parentElement;
    if (!block || block === root || countHan(block.textContent ?? '') > 80) continue;
    // A caption may sit in the next block of its own: short, no sentence, centred or marked as a picture's note.
    const next = block.nextElementSibling;
    if (next && isCaptionBlock(next)) next.remove();
    block.remove();
  }
}

function isCaptionBlock(element: ElementLike): boolean {
  const text = (element.textContent ?? '').trim();
  if (text === '' || Array.from(text).length > 30 || /[。；！？]/.test(text)) return false;
  const marks = `${element.getAttribute('class') ?? ''} ${element.getAttribute('style') ?? ''}`;
  return /pic|img|photo|caption|note|desc|text-align\s*:\s*center/i.test(marks);
}

/** Simple selectors (.jammer, font.x, #id) that a page's stylesheets hide. */
function hiddenSelectors(styles: readonly string[]): string[] {
  const selectors: string[] = [];
  for (const css of styles) {
    // Split rather than matched with one pattern, which would backtrack over a long stylesheet without braces.
    for (const rule of css.split('}')) {
      const [list = '', body = ''] = rule.split('{').slice(-2);
      if (!/display\s*:\s*none|visibility\s*:\s*hidden/i.test(body)) continue;
      for (const selector of list.split(',').map((part) => part.trim()))
        if (/^[a-z0-9]*[.#][\w-]+$/i.test(selector)) selectors.push(selector);
    }
  }
  return selectors;
}

/**
 * Text a reader never sees: anti-copy strings that forum and library templates
 * hide inside sentences (a display:none span, a font of a hidden class). Only
 * short hidden runs go; a long hidden block is the rest of a folded report
 * that a 展开全文 button reveals.
 */
function dropHiddenText(document: { querySelectorAll(selector: string): ArrayLike<unknown> }): void {
  const styles = Array.from(
    document.querySelectorAll('style') as ArrayLike<ElementLike>,
    (style) => style.textContent ?? '',
  );
  const inline = Array.from(document.querySelectorAll('[style]') as ArrayLike<ElementLike>).filter((element) =>
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(element.getAttribute('style') ?? ''),
  );
  const styled = hiddenSelectors(styles).flatMap((selector) => {
    try {
      return Array.from(document.querySelectorAll(selector) as ArrayLike<ElementLike>);
    } catch {
      return [];
    }
  });
  for (const element of [
    ...inline,
    ...styled,
    ...Array.from(document.querySelectorAll('[hidden]') as ArrayLike<ElementLike>),
  ]) {
    const text = element.textContent ?? '';
    if (countHan(text) <= 30 && text.length <= 80) element.remove();
  }
}

/**
 * Reads a saved page with a real HTML parser and finds its article with
 * Readability (the extractor behind Firefox's reader view). Both the article
 * and the whole page are returned as text, so the text steps can report what
 * lay outside the article and fall back to the page when the article is thin.
 */
export function htmlToArticle(html: string): HtmlText {
  const document = documentOf(html);
  dropHiddenText(document);
  const pageTitle = (document.querySelector('title')?.textContent ?? '').trim();
  let root = (document.body ?? document.documentElement) as unknown as ElementLike;
  // A frameset page keeps its readable copy in <noframes>.
  const framed = document.querySelector<Element>('noframes') as unknown as ElementLike | null;
  if (countHan(elementText(root)) < 50 && framed && countHan(framed.textContent ?? '') >= 50) root = framed;
  // The page's text keeps the captions, so the text steps can report them as removed; the article does not.
  const page = elementText(root);
  dropCaptions(root);
  const cleaned = elementText(root);
  const size = treeSize(root);
  const readability =
    size.depth <= readable.depth && size.nodes <= readable.nodes
      ? readableText(`<!doctype html><html><body>${root.innerHTML}</body></html>`)
      : undefined;
  const article = readability?.text ?? '';
  // A thin article is Readability picking a teaser or a sidebar: the text steps do better with the whole page.
  const extracted = countHan(article) >= 200 && countHan(article) >= countHan(cleaned) * 0.3;
  const headings = [
    ...Array.from(document.querySelectorAll('h1')).map((heading) => (heading.textContent ?? '').trim()),
    readability?.title ?? '',
  ];
  return {
    pageTitle,
    headings: headings.filter((heading) => heading !== ''),
    article: extracted ? article : cleaned,
    page,
    extracted,
  };
}

function readableText(html: string): { text: string; title: string } | undefined {
  try {
    const parsed = new Readability(documentOf(html) as unknown as Document, {
      charThreshold: 200,
      keepClasses: false,
    }).parse();
    return parsed?.content
      ? {
          text: elementText(documentOf(parsed.content).body as unknown as TextNodeLike),
          title: (parsed.title ?? '').trim(),
        }
      : undefined;
  } catch {
    // Readability gives up on some malformed pages; the whole page is then the article.
    return undefined;
  }
}
