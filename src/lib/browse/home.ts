import type { Catalogue } from '../archive/types.ts';
import { feedUrls, type FeedLink } from '../publish/feeds.ts';
import type { SiteUrls } from '../site/urls.ts';
import { provinceCounts, topicCounts, yearCounts, type LinkedCount } from './linked-counts.ts';
import { toReportCard, type ReportCard } from './report-card.ts';

interface HomeView {
  reportCount: number;
  sectionCount: number;
  /** Earliest and latest dated years, when any report is dated. */
  span?: { from: number; to: number };
  newest: ReportCard[];
  years: LinkedCount[];
  topics: LinkedCount[];
  provinces: LinkedCount[];
  feed: FeedLink;
}

export function homeView(archive: Catalogue, urls: SiteUrls, newestCount = 8): HomeView {
  const years = archive.reports.map((report) => report.meta.year).filter((year): year is number => year !== null);
  return {
    reportCount: archive.reports.length,
    sectionCount: archive.reports.reduce((total, report) => total + report.sections.length, 0),
    // A reduce, not Math.min(...years): spreading a hundred thousand arguments overflows the stack.
    ...(years.length > 0
      ? { span: { from: years.reduce((a, b) => Math.min(a, b)), to: years.reduce((a, b) => Math.max(a, b)) } }
      : {}),
    newest: archive.reports.slice(0, newestCount).map((report) => toReportCard(report, archive, urls)),
    years: yearCounts(archive, urls),
    topics: topicCounts(archive, urls),
    provinces: provinceCounts(archive, urls),
    feed: { title: `${archive.site.title}：最新收录`, href: feedUrls(urls).site },
  };
}
