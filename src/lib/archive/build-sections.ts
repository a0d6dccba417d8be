import type { MarkdownIt, Token } from 'markdown-it';
import { assignAnchors } from '../markdown/anchors.ts';
import type { HeadingMeta } from '../markdown/heading-plugin.ts';
import type { RawHtmlMeta } from '../markdown/raw-html-plugin.ts';
import type { RenderEnv } from '../markdown/renderer.ts';
import { plainText, renderTokens, splitSections } from '../markdown/sections.ts';
import type { Tagger } from '../topics/tagger.ts';
import type { Diagnostic } from '../validation/diagnostic.ts';
import type { Section } from './types.ts';

/** Anchor of the text before the first `##` heading. */
const introAnchor = 'intro';

interface SectionContext {
  /** False when only validating: no HTML and no automatic tagging, which is most of the cost. */
  render: boolean;
  file: string;
  /** 1-based file line of the body's first line. */
  bodyLine: number;
  topicIds: ReadonlySet<string>;
  tagger: Tagger;
  env: RenderEnv;
}

/**
 * Cuts a parsed body into sections, gives each its anchor and topics (written by
 * the author or found by the tagger) and renders its HTML. Problems with heading
 * syntax come back as diagnostics.
 */
export function buildSections(
  md: MarkdownIt,
  tokens: Token[],
  context: SectionContext,
): { sections: Section[]; diagnostics: Diagnostic[] } {
  const diagnostics = checkHeadings(tokens, context);
  const parts = splitSections(md, tokens, context.env);
  const headed = parts.filter((part) => part.heading !== null);
  const anchors = assignAnchors(headed.map((part) => ({ text: part.heading!, pinned: part.attributes?.id })));

  const pinned = new Map<string, number>();
  for (const part of headed) {
    const id = part.attributes?.id;
    if (!id) continue;
    const line = context.bodyLine + part.line;
    if (id === introAnchor) {
      diagnostics.push(headingDiagnostic(context, line, `锚点「#${id}」留给导语使用`, '换一个锚点名'));
    } else if (pinned.has(id)) {
      diagnostics.push(
        headingDiagnostic(context, line, `锚点「#${id}」与第 ${pinned.get(id)} 行重复`, '每个小节的锚点必须不同'),
      );
    }
    pinned.set(id, line);
  }

  let headedIndex = 0;
  const sections = parts.map((part): Section => {
    const text = plainText(part.tokens);
    const authored = part.attributes?.topics.filter((id) => context.topicIds.has(id)) ?? [];
    for (const id of part.attributes?.topics ?? []) {
      if (!context.topicIds.has(id)) {
        diagnostics.push(
          headingDiagnostic(
            context,
            context.bodyLine + part.line,
            `未知主题「${id}」`,
            '主题 id 见 content/topics.yml',
          ),
        );
      }
    }
    const id = part.heading === null ? introAnchor : anchors[headedIndex++]!;
    const tagged = authored.length > 0 || !context.render ? authored : context.tagger.tag(text, part.heading ?? '');
    return {
      id,
      heading: part.heading,
      headingHtml: part.headingHtml,
      topics: tagged,
      topicsFrom: authored.length > 0 ? 'author' : 'tagger',
      html: context.render ? renderTokens(md, part.tokens, context.env) : '',
      text,
      line: context.bodyLine + part.line,
    };
  });

  if (tokens.length === 0) {
    diagnostics.push({
      file: context.file,
      line: context.bodyLine,
      field: 'body',
      message: '正文为空',
      hint: '在 front matter 的结束行 --- 之后写报告正文',
    });
  }
  return { sections, diagnostics };
}

function checkHeadings(tokens: readonly Token[], context: SectionContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const token of tokens) {
    if (token.type === 'inline') {
      const tag = (token.meta as RawHtmlMeta | null)?.rawHtml;
      if (tag) {
        const line = context.bodyLine + (token.map?.[0] ?? 0);
        diagnostics.push(
          headingDiagnostic(
            context,
            line,
            `正文含有 HTML：${tag}`,
            'HTML 不会生效，只会原样显示为文字；正文只用 Markdown。确需显示尖括号时写成 \\<',
          ),
        );
      }
      continue;
    }
    if (token.type !== 'heading_open') continue;
    const line = context.bodyLine + (token.map?.[0] ?? 0);
    if (token.tag === 'h1') {
      diagnostics.push(
        headingDiagnostic(
          context,
          line,
          '正文不能使用一级标题 #',
          '报告标题写在 front matter 的 title；正文的“一、二、……”用 ##',
        ),
      );
    } else if (token.tag !== 'h2' && (token.meta as HeadingMeta | null)?.attributes) {
      diagnostics.push(
        headingDiagnostic(context, line, '只有 ## 标题可以标注主题和锚点', '把 {…} 移到所属的 ## 标题上'),
      );
    }
  }
  return diagnostics;
}

function headingDiagnostic(context: SectionContext, line: number, message: string, hint: string): Diagnostic {
  return { file: context.file, line, field: 'body', message, hint };
}
