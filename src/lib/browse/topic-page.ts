import type { Catalogue, ReportSummary } from '../archive/types.ts';
import { yearLabel } from '../format/labels.ts';
import { langOfScript } from '../format/lang.ts';
import { feedUrls, type FeedLink } from '../publish/feeds.ts';
import type { Topic } from '../schema/topic.ts';
import type { SiteUrls } from '../site/urls.ts';
import { yearChartSvg } from '../svg/year-chart.ts';
import { yearBars } from './chart-bars.ts';
import { listingPageView, type ListingPageView } from './listing-page.ts';
import { paginate, sectionsPerPage, type Page } from './paginate.ts';
import { groupByYear, yearAnchor, type YearGroup } from './year-groups.ts';

/** One section on a topic page. */
interface TopicEntry {
  reportTitle: string;
  issuer: string;
  /** The section heading; 导语 for text before the first heading, 全文 for a report without headings. */
  heading: string;
  excerpt: string;
  /** Deep link to the section: /reports/<slug>/#<anchor>. */
  url: string;
  year: number | null;
  /** `zh-Hant` for sections of Traditional reports. */
  lang: 'zh-Hant' | undefined;
}

interface YearCount {
  year: number | null;
  /** 2020年, or 年份不详. */
  label: string;
  count: number;
  /** Where the year's first section is listed. */
  url: string;
}

interface TopicPages {
  pages: Page<YearGroup<TopicEntry>>[];
  years: YearCount[];
  sectionCount: number;
  reportCount: number;
  /** Bar chart (SVG) of sections per year, shared by all of the topic's pages; empty when no section has the topic. */
  chart: string;
}

interface TopicPageView extends ListingPageView {
  /** Meta description: the topic and what it covers. */
  description: string;
  feed: FeedLink;
  /** What the topic covers, as its vocabulary says. */
  about: string;
  sectionCount: number;
  reportCount: number;
  chart: string;
  years: YearCount[];
  /** This page's sections, by year. */
  groups: YearGroup<TopicEntry>[];
}

function topicEntries(archive: Catalogue, topicId: string, urls: SiteUrls): TopicEntry[] {
  return archive.reports.flatMap((report) =>
    report.sections
      .filter((section) => section.topics.includes(topicId))
      .map((section) => ({
        reportTitle: report.meta.title,
        issuer: report.meta.issuer,
        heading: section.heading ?? (hasHeadings(report) ? '导语' : '全文'),
        excerpt: section.excerpt,
        url: urls.section(report.slug, section.id),
        year: report.meta.year,
        lang: langOfScript(report.meta.script),
      })),
  );
}

function hasHeadings(report: ReportSummary): boolean {
  return report.sections.some((section) => section.heading !== null);
}

/**
 * Every section tagged with a topic, newest year first, split into pages of at
 * most `perPage` sections with each page grouped by year.
 */
export function topicPages(archive: Catalogue, topic: Topic, urls: SiteUrls, perPage = sectionsPerPage): TopicPages {
  const entries = topicEntries(archive, topic.id, urls);
  const pages = paginate(entries, perPage);
  const years: YearCount[] = [];
  pages.forEach((page) => {
    for (const entry of page.items) {
      const last = years.at(-1);
      if (last && last.year === entry.year) last.count += 1;
      else
        years.push({
          year: entry.year,
          label: yearLabel(entry.year),
          count: 1,
          url: `${urls.topic(topic.id, page.number)}#${yearAnchor(entry.year)}`,
        });
    }
  });
  return {
    pages: pages.map((page) => ({ ...page, items: groupByYear(page.items, (entry) => entry.year) })),
    years,
    sectionCount: entries.length,
    reportCount: archive.reports.filter((report) => report.topics.includes(topic.id)).length,
    chart: topicChart(topic, years),
  };
}

function topicChart(topic: Topic, years: readonly YearCount[]): string {
  const bars = yearBars(years);
  if (bars.length === 0) return '';
  return yearChartSvg(bars, { title: `“${topic.name}”各年份的小节数`, unit: '节', id: 'topic-chart' });
}

export function topicPageView(
  topic: Topic,
  listing: TopicPages,
  page: TopicPages['pages'][number],
  urls: SiteUrls,
): TopicPageView {
  return {
    ...listingPageView(topic.name, page, (number) => urls.topic(topic.id, number)),
    description: `${topic.name}：${topic.description}`,
    feed: { title: `${topic.name}：最新报告`, href: feedUrls(urls).topic(topic.id) },
    about: topic.description,
    sectionCount: listing.sectionCount,
    reportCount: listing.reportCount,
    chart: listing.chart,
    years: listing.years,
    groups: page.items,
  };
}
