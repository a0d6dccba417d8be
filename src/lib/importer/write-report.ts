import { stringify } from 'yaml';
import { formatHeadingAttributes } from '../markdown/heading-attributes.ts';
import type { ReportFrontMatterInput } from '../schema/report.ts';
import { escapeHeading, escapeParagraph } from './markdown-escape.ts';
import type { Block } from './structure.ts';

export type TaggedBlock = Block & { topics?: string[] };

/** Front matter in the field order of the schema, empty optional parts left out. */
export function frontMatterYaml(meta: ReportFrontMatterInput): string {
  const region = Object.fromEntries(Object.entries(meta.region ?? {}).filter(([, value]) => value));
  const source = Object.fromEntries(Object.entries(meta.source).filter(([, value]) => value));
  const ordered = {
    title: meta.title,
    issuer: meta.issuer,
    ...(Object.keys(region).length > 0 ? { region } : {}),
    level: meta.level,
    year: meta.year,
    ...(meta.date ? { date: meta.date } : {}),
    type: meta.type,
    ...(meta.topics && meta.topics.length > 0 ? { topics: meta.topics } : {}),
    script: meta.script,
    anonymized: meta.anonymized,
    source,
  };
  return stringify(ordered, { lineWidth: 0, flowCollectionPadding: false }).replace(
    /^topics:\n((?: {2}- .*\n)+)/m,
    (_, items: string) =>
      `topics: [${items
        .trim()
        .split('\n')
        .map((item) => item.replace(/^\s*- /, ''))
        .join(', ')}]\n`,
  );
}

function bodyMarkdown(blocks: readonly TaggedBlock[]): string {
  return blocks
    .map((block) => {
      if (block.kind === 'paragraph') return escapeParagraph(block.text);
      const attributes = block.depth === 2 && block.topics ? formatHeadingAttributes({ topics: block.topics }) : '';
      return `${'#'.repeat(block.depth)} ${escapeHeading(block.text)}${attributes ? ` ${attributes}` : ''}`;
    })
    .join('\n\n');
}

export function reportMarkdown(meta: ReportFrontMatterInput, blocks: readonly TaggedBlock[]): string {
  return `---\n${frontMatterYaml(meta)}---\n\n${bodyMarkdown(blocks)}\n`;
}
