import type { Report, Section } from '../../src/lib/archive/types.ts';
import { type ReportFrontMatterInput, reportFrontMatterSchema } from '../../src/lib/schema/report.ts';

/** A section with the given heading and text; the other fields as the archive would fill them for a plain section. */
export function sectionOf(heading: string | null, text: string, line = 1): Section {
  return {
    id: heading === null ? 'intro' : `s-${line}`,
    heading,
    headingHtml: heading,
    topics: ['general'],
    topicsFrom: 'tagger',
    html: `<p>${text}</p>`,
    text,
    line,
  };
}

/**
 * A report as the archive holds it, without reading a file: the front matter
 * goes through the real schema, so defaults are the ones a file would get.
 */
export function reportOf(
  slug: string,
  meta: Partial<ReportFrontMatterInput> = {},
  sections: Section[] = [sectionOf(null, `${slug} 的正文。`)],
): Report {
  return {
    slug,
    file: `/archive/content/reports/${slug}.md`,
    sourcePath: `content/reports/${slug}.md`,
    sha256: '0'.repeat(64),
    meta: reportFrontMatterSchema(new Date('2026-06-01T00:00:00Z')).parse({
      title: '测试报告',
      issuer: '测试县教育局',
      year: 2020,
      type: 'summary',
      source: { name: '测试' },
      ...meta,
    }),
    sections,
    topics: ['general'],
    images: [],
  };
}
