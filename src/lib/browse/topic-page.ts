import type { Archive, Report } from '../archive/types.ts';
import type { SiteUrls } from '../site/urls.ts';
import { excerptOf } from './excerpt.ts';
import { paginate, sectionsPerPage, type Page } from './paginate.ts';
import { groupByYear, yearAnchor, type YearGroup } from './year-groups.ts';

/** One section on a topic page. */
export interface TopicEntry {
  reportTitle: string;
  issuer: string;
  /** The section heading; 导语 for text before the first heading, 全文 for a report without headings. */
  heading: string;
  excerpt: string;
  /** Deep link to the section: /reports/<slug>/#<anchor>. */
  url: string;
  year: number | null;
  lang: string;
}

export interface YearCount {
  year: number | null;
  count: number;
  /** Where the year's first section is listed. */
  url: string;
}

export interface TopicPages {
  pages: Page<YearGroup<TopicEntry>>[];
  years: YearCount[];
  sectionCount: number;
  reportCount: number;
}

export function topicEntries(archive: Archive, topicId: string, urls: SiteUrls): TopicEntry[] {
  return archive.reports.flatMap((report) =>
    report.sections
      .filter((section) => section.topics.includes(topicId))
      .map((section) => ({
        reportTitle: report.meta.title,
        issuer: report.meta.issuer,
        heading: section.heading ?? (hasHeadings(report) ? '导语' : '全文'),
        excerpt: excerptOf(section.text),
        url: urls.section(report.slug, section.id),
        year: report.meta.year,
        lang: report.meta.script,
      })),
  );
}

function hasHeadings(report: Report): boolean {
  return report.sections.some((section) => section.heading !== null);
}

/**
 * Every section tagged with a topic, newest year first, split into pages of at
 * most `perPage` sections with each page grouped by year.
 */
export function topicPages(archive: Archive, topicId: string, urls: SiteUrls, perPage = sectionsPerPage): TopicPages {
  const entries = topicEntries(archive, topicId, urls);
  const pages = paginate(entries, perPage);
  const years: YearCount[] = [];
  pages.forEach((page) => {
    for (const entry of page.items) {
      const last = years.at(-1);
      if (last && last.year === entry.year) last.count += 1;
      else
        years.push({
          year: entry.year,
          count: 1,
          url: `${urls.topic(topicId, page.number)}#${yearAnchor(entry.year)}`,
        });
    }
  });
  return {
    pages: pages.map((page) => ({ ...page, items: groupByYear(page.items, (entry) => entry.year) })),
    years,
    sectionCount: entries.length,
    reportCount: archive.reports.filter((report) => report.topics.includes(topicId)).length,
  };
}
