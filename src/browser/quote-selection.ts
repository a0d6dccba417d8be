import { quoteCitation, quoteLink, quoteOf, wordBreaksIn } from '../lib/publish/quote.ts';

/*
 * Selecting words in a report's body shows "引用这段文字"; it opens a dialog
 * with the quote, the section's citation, a link to the quoted words and the
 * archived file's SHA-256, and copies them. With nothing selected the button
 * stays hidden and nothing changes.
 */

const blockSelector = 'p, li, td, th, blockquote, h2, h3, h4, h5, h6';

/** The element a range boundary lies in: the container itself, or a text node's parent. */
function elementAt(node: Node): Element | null {
  return node instanceof Element ? node : node.parentElement;
}

/** The paragraph, item, cell or heading a text node belongs to. */
function blockOf(node: Text): Element | null {
  return node.parentElement?.closest(blockSelector) ?? null;
}

/** The selection inside one section of the report body, cut to the section the selection starts in. */
function selectedRange(body: HTMLElement): { range: Range; section: HTMLElement } | undefined {
  const selection = getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0).cloneRange();
  const start = elementAt(range.startContainer)?.closest<HTMLElement>('.report-section');
  if (!start || !body.contains(start)) return undefined;
  if (!start.contains(range.endContainer)) range.setEndAfter(start.lastChild!);
  if (range.toString().trim() === '') return undefined;
  return { range, section: start };
}

/**
 * The first or last text node with words that the range holds some of. A
 * triple click ends the range at the start of the next paragraph: the words
 * around the quote are looked for beside this node, not in that paragraph.
 */
function edgeText(range: Range, edge: 'first' | 'last'): Text | undefined {
  const root = range.commonAncestorContainer;
  if (root instanceof Text) return root;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      range.intersectsNode(node) && node.nodeValue?.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT,
  });
  let found: Text | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    found = node as Text;
    if (edge === 'first') break;
  }
  return found;
}

/** The text of `block` from its start to a point, or from a point to its end. */
function textAround(block: Element | null, container: Node, offset: number, side: 'before' | 'after'): string {
  if (!block) return '';
  const around = document.createRange();
  around.selectNodeContents(block);
  if (side === 'before') around.setEnd(container, offset);
  else around.setStart(container, offset);
  return around.toString();
}

/** The text of a copied selection, a line break wherever a new paragraph, item or heading begins. */
function textByParagraph(fragment: DocumentFragment): string {
  let text = '';
  let block: Element | null | undefined;
  const walker = document.createTreeWalker(fragment, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const owner = blockOf(node as Text);
    if (block !== undefined && owner !== block) text += '\n';
    block = owner;
    text += node.nodeValue ?? '';
  }
  return text;
}

function quoteFrom(range: Range, section: HTMLElement, sha256: string) {
  const copy = range.cloneContents();
  // Headings carry a § link and topic chips; they are the page's, not the report's words.
  for (const extra of copy.querySelectorAll('.section-link, .section-topics')) extra.remove();
  const selected = textByParagraph(copy);
  const first = edgeText(range, 'first');
  const last = edgeText(range, 'last');
  const before =
    first === undefined
      ? ''
      : textAround(blockOf(first), first, range.startContainer === first ? range.startOffset : 0, 'before');
  const after =
    last === undefined
      ? ''
      : textAround(blockOf(last), last, range.endContainer === last ? range.endOffset : last.length, 'after');
  // The report's own language (zh-Hant for Traditional text) picks the word breaker.
  const lang = section.closest<HTMLElement>('[lang]')?.lang || 'zh';
  const quote = quoteOf({ before, selected, after }, wordBreaksIn(lang));
  const link = quoteLink(section.dataset['permalink'] ?? location.href, quote);
  // A headed section shows its citation under "引用本节"; the preamble, which shows none, carries it as data.
  const citation =
    section.querySelector('.section-topics .cite__text')?.textContent ?? section.dataset['citation'] ?? '';
  return { quote, link, citation, text: quoteCitation(quote, citation, link, sha256) };
}

export function offerQuotes(): void {
  const body = document.querySelector<HTMLElement>('.report-body');
  const bar = document.querySelector<HTMLElement>('.quote-bar');
  const dialog = document.querySelector<HTMLDialogElement>('.quote-dialog');
  if (!body || !bar || !dialog) return;
  const button = bar.querySelector('button')!;
  const field = (name: string) => dialog.querySelector<HTMLElement>(`[data-quote="${name}"]`)!;
  let current: ReturnType<typeof selectedRange>;
  let copied = '';
  let pending = 0;

  document.addEventListener('selectionchange', () => {
    clearTimeout(pending);
    // Dragging a selection fires this many times a second; the bar follows once it settles.
    pending = window.setTimeout(() => {
      if (dialog.open) return;
      current = selectedRange(body);
      bar.hidden = current === undefined;
    }, 120);
  });

  button.addEventListener('click', () => {
    if (!current) return;
    const made = quoteFrom(current.range, current.section, dialog.querySelector('.hash')?.textContent ?? '');
    field('text').textContent = made.quote.text;
    field('citation').textContent = made.citation;
    const link = field('link') as HTMLAnchorElement;
    link.href = made.link;
    link.textContent = made.link;
    copied = made.text;
    field('status').textContent = '';
    dialog.showModal();
  });

  field('copy').addEventListener('click', () => {
    void navigator.clipboard.writeText(copied).then(
      () => {
        field('status').textContent = '已复制';
      },
      () => {
        field('status').textContent = '浏览器不允许复制：请选中上面的文字自己复制。';
      },
    );
  });
}
