import { createHash } from 'node:crypto';
import type { MarkdownIt } from 'markdown-it';
import { splitFrontMatter } from '../markdown/front-matter.ts';
import { plainText, splitSections } from '../markdown/sections.ts';

/**
 * A hash of a report's words: headings and text, without whitespace, markup or
 * front matter. Two files with the same fingerprint hold the same report, even
 * if their line breaks or metadata differ.
 */
export function fingerprintSections(sections: readonly { heading: string | null; text: string }[]): string {
  const text = sections.map((section) => `${section.heading ?? ''}${section.text}`).join('');
  return createHash('sha256').update(text.replace(/\s+/g, '')).digest('hex');
}

/** The fingerprint of a whole report file's text. */
export function fingerprintReportFile(md: MarkdownIt, fileText: string): string {
  const split = splitFrontMatter(fileText.replace(/\r\n?/g, '\n'));
  const body = split.ok ? split.body : fileText;
  const sections = splitSections(md, md.parse(body, {}), {}).map((section) => ({
    heading: section.heading,
    text: plainText(section.tokens),
  }));
  return fingerprintSections(sections);
}
