import type { MarkdownIt } from 'markdown-it';
import { extractHeadingAttributes, type HeadingAttributes } from './heading-attributes.ts';

/** What the plugin leaves on a `heading_open` token's `meta`. */
export type HeadingMeta = {
  attributes: HeadingAttributes | null;
};

/**
 * Strips a trailing `{…}` attribute block from every heading before inline
 * parsing, so it never reaches the page, and keeps it on the heading token.
 */
export function headingAttributesPlugin(md: MarkdownIt): void {
  md.core.ruler.before('inline', 'heading_attributes', (state) => {
    const tokens = state.tokens;
    for (let index = 0; index < tokens.length - 1; index += 1) {
      const open = tokens[index]!;
      const inline = tokens[index + 1]!;
      if (open.type !== 'heading_open' || inline.type !== 'inline') continue;
      const { text, attributes } = extractHeadingAttributes(inline.content);
      inline.content = text;
      const meta: HeadingMeta = { attributes };
      open.meta = meta;
    }
  });
}
