import markdownIt, { type MarkdownIt, type RendererRule as RenderRule } from 'markdown-it';
import { joinsCjk } from '../text/cjk.ts';
import { escapeHtml } from '../text/html.ts';
import { headingAttributesPlugin } from './heading-plugin.ts';
import { rawHtmlPlugin } from './raw-html-plugin.ts';

/** How an image in a report body is served once optimized. */
export interface RenderedImage {
  src: string;
  srcset: string;
  sizes: string;
  width: number;
  height: number;
}

/** Passed to markdown-it's render calls. */
export type RenderEnv = {
  /** Optimized images by the `src` written in the Markdown (as markdown-it normalizes it). */
  images?: ReadonlyMap<string, RenderedImage>;
};

const allowedSchemes = new Set(['http', 'https', 'mailto']);

/**
 * Links may be relative, fragments, or use http, https or mailto. Everything else
 * (javascript:, vbscript:, data:, file: …) is refused, and markdown-it then
 * renders the link text as plain text.
 */
export function isSafeUrl(url: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers skip control characters inside a scheme.
  const compact = url.replace(/[\s\u0000-\u001f]+/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  return scheme === null || allowedSchemes.has((scheme[1] ?? '').toLowerCase());
}

/**
 * A line break inside a paragraph of Chinese text is not a word space: browsers
 * would show one between the two characters, so it is dropped there. Between
 * Latin words it stays a space.
 */
const cjkSoftbreak: RenderRule = (tokens, index) =>
  joinsCjk(tokens[index - 1]?.content ?? '', tokens[index + 1]?.content ?? '') ? '' : '\n';

const imageRule: RenderRule = (tokens, index, options, rawEnv, self) => {
  const env = rawEnv as RenderEnv | undefined;
  const token = tokens[index]!;
  const alt = self.renderInlineAsText(token.children ?? [], options, env ?? {});
  const src = String(token.attrGet('src') ?? '');
  const image = env?.images?.get(src);
  const title = token.attrGet('title')?.toString();
  const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
  if (!image)
    return `<img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}"${titleAttr} loading="lazy" decoding="async">`;
  return (
    `<img src="${escapeHtml(image.src)}" srcset="${escapeHtml(image.srcset)}" sizes="${escapeHtml(image.sizes)}"` +
    ` width="${image.width}" height="${image.height}" alt="${escapeHtml(alt)}"${titleAttr} loading="lazy" decoding="async">`
  );
};

/** Wide tables scroll inside their own box instead of widening the page on a phone. */
const tableOpen: RenderRule = () => '<div class="table-scroll"><table>\n';
const tableClose: RenderRule = () => '</table></div>\n';

/**
 * The one Markdown configuration of the archive: raw HTML off (it shows as
 * text), no typographic replacements (punctuation stays as written), no
 * automatic links, and heading attributes for section topics and anchors.
 */
export function createMarkdown(): MarkdownIt {
  const md = markdownIt({ html: false, linkify: false, typographer: false, breaks: false });
  md.validateLink = isSafeUrl;
  md.use(headingAttributesPlugin);
  md.use(rawHtmlPlugin);
  md.renderer.rules.softbreak = cjkSoftbreak;
  md.renderer.rules.image = imageRule;
  md.renderer.rules.table_open = tableOpen;
  md.renderer.rules.table_close = tableClose;
  return md;
}
