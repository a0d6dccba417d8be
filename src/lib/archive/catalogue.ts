import { excerptOf } from '../text/excerpt.ts';
import type { Archive, Catalogue, Report, ReportSummary } from './types.ts';

/** Topic pages quote this many characters of a section; feeds this many of a report. */
const sectionExcerptLength = 90;
const feedSummaryLength = 200;

/** What the national pages need of a report, worked out from the whole report once, where its shard is built. */
export function summarizeReport(report: Report): ReportSummary {
  const firstText = report.sections.find((section) => section.text.trim())?.text ?? '';
  return {
    slug: report.slug,
    sourcePath: report.sourcePath,
    sha256: report.sha256,
    meta: report.meta,
    topics: report.topics,
    summary: excerptOf(firstText, feedSummaryLength),
    sections: report.sections.map((section) => ({
      id: section.id,
      heading: section.heading,
      topics: section.topics,
      excerpt: excerptOf(section.text, sectionExcerptLength),
      characters: Array.from(section.text.replace(/\s+/g, '')).length,
    })),
  };
}

/** The catalogue of an archive read whole: what a one-machine build makes the national pages from. */
export function catalogueOf(archive: Archive): Catalogue {
  return {
    site: archive.site,
    git: archive.git,
    topics: archive.topics,
    topicById: archive.topicById,
    reports: archive.reports.map(summarizeReport),
  };
}
