import type { MarkdownIt, Token } from 'markdown-it';
import { joinsCjk } from '../text/cjk.ts';
import type { HeadingAttributes } from './heading-attributes.ts';
import type { HeadingMeta } from './heading-plugin.ts';
import type { RenderEnv } from './renderer.ts';

/**
 * A report body cut at its `##` headings. The text before the first heading is
 * the preamble: it has no heading and no place in the table of contents, but it
 * is searched and tagged like any section.
 */
interface BodySection {
  heading: string | null;
  headingHtml: string | null;
  attributes: HeadingAttributes | null;
  /** 0-based line of the heading (or of the preamble's first block) within the body. */
  line: number;
  /** The section's tokens, without its own heading. */
  tokens: Token[];
}

export function splitSections(md: MarkdownIt, tokens: readonly Token[], env: RenderEnv): BodySection[] {
  const sections: BodySection[] = [];
  let current: BodySection = { heading: null, headingHtml: null, attributes: null, line: 0, tokens: [] };
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (token.type === 'heading_open' && token.tag === 'h2' && token.level === 0) {
      if (current.heading !== null || current.tokens.length > 0) sections.push(current);
      const inline = tokens[index + 1]!;
      current = {
        heading: inlineText(inline.children ?? []),
        headingHtml: md.renderer.renderInline(inline.children ?? [], md.options, env),
        attributes: (token.meta as HeadingMeta | null)?.attributes ?? null,
        line: token.map?.[0] ?? 0,
        tokens: [],
      };
      index += 2;
      continue;
    }
    if (current.heading === null && current.tokens.length === 0) current.line = token.map?.[0] ?? current.line;
    current.tokens.push(token);
  }
  if (current.heading !== null || current.tokens.length > 0) sections.push(current);
  return sections;
}

export function renderTokens(md: MarkdownIt, tokens: Token[], env: RenderEnv): string {
  return md.renderer.render(tokens, md.options, env);
}

/** The words of a run of tokens as a reader sees them, one line per block. */
export function plainText(tokens: readonly Token[]): string {
  const blocks: string[] = [];
  for (const token of tokens) {
    if (token.type === 'inline') blocks.push(inlineText(token.children ?? []));
    else if (token.type === 'fence' || token.type === 'code_block') blocks.push(token.content.trimEnd());
  }
  return blocks.filter((block) => block.length > 0).join('\n');
}

function inlineText(children: readonly Token[]): string {
  let text = '';
  children.forEach((child, index) => {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'image') text += inlineText(child.children ?? []);
    else if (child.type === 'hardbreak') text += '\n';
    else if (child.type === 'softbreak') text += joinsCjk(text, children[index + 1]?.content ?? '') ? '' : ' ';
  });
  return text;
}

/** Every image in a run of tokens, with the line it sits on (0-based within the body). */
export function findImages(tokens: readonly Token[]): { src: string; alt: string; line: number }[] {
  const images: { src: string; alt: string; line: number }[] = [];
  for (const token of tokens) {
    if (token.type !== 'inline') continue;
    for (const child of token.children ?? []) {
      if (child.type === 'image') {
        images.push({
          src: String(child.attrGet('src') ?? ''),
          alt: inlineText(child.children ?? []),
          line: token.map?.[0] ?? 0,
        });
      }
    }
  }
  return images;
}
