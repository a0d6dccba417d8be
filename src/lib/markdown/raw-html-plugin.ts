import type { MarkdownIt, StateCore } from 'markdown-it';

/** A tag, a closing tag or a comment: what a reader would expect to be HTML and the renderer shows as text. */
const rawHtml = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>|<!--/;

/** What the plugin leaves on an inline token whose text looks like HTML. */
export interface RawHtmlMeta {
  rawHtml?: string;
}

/**
 * Marks inline tokens whose literal text looks like an HTML tag. It runs
 * before markdown-it joins escaped characters and entities into the text, so
 * `\<b>` and `&lt;b&gt;` (an author asking for angle brackets) are not marked.
 */
function markRawHtml(state: StateCore): void {
  for (const token of state.tokens) {
    if (token.type !== 'inline') continue;
    for (const child of token.children ?? []) {
      const found = child.type === 'text' ? rawHtml.exec(child.content) : null;
      if (found) {
        token.meta = { ...(token.meta as object | null), rawHtml: found[0] };
        break;
      }
    }
  }
}

export function rawHtmlPlugin(md: MarkdownIt): void {
  md.core.ruler.before('text_join', 'raw_html_marker', markRawHtml);
}
