import type { Catalogue, ReportSummary } from '../archive/types.ts';
import { yearLabel } from '../format/labels.ts';
import { absoluteUrl } from '../site/origin.ts';
import type { SiteUrls } from '../site/urls.ts';
import { atomXml, feedTimestamp, type FeedEntry } from './atom.ts';

/** How many of the newest reports the site-wide and topic feeds carry; year feeds carry the whole year. */
const newestInFeed = 50;

interface FeedLinks {
  site: string;
  topic(id: string): string;
  year(year: number | null): string;
}

/** A feed a page announces in its head, for feed readers. */
export interface FeedLink {
  title: string;
  href: string;
}

/** Feed addresses, beside the pages they follow. */
export function feedUrls(urls: SiteUrls): FeedLinks {
  return {
    site: `${urls.home}feed.xml`,
    topic: (id) => `${urls.topic(id)}feed.xml`,
    year: (year) => `${urls.year(year)}feed.xml`,
  };
}

function entryOf(report: ReportSummary, archive: Catalogue, urls: SiteUrls, origin: string): FeedEntry {
  return {
    title: report.meta.title,
    url: absoluteUrl(origin, urls.report(report.slug)),
    updated: feedTimestamp(report.meta.date, report.meta.year),
    author: report.meta.issuer,
    summary: report.summary,
    categories: report.topics.map((id) => ({ term: id, label: archive.topicById.get(id)?.name ?? id })),
    ...(report.meta.script === 'zh-Hant' ? { lang: 'zh-Hant' } : {}),
  };
}

export function siteFeed(archive: Catalogue, urls: SiteUrls, origin: string): string {
  return atomXml({
    title: archive.site.title,
    subtitle: `最新收录的报告（最多 ${newestInFeed} 篇）`,
    self: absoluteUrl(origin, feedUrls(urls).site),
    page: absoluteUrl(origin, urls.home),
    entries: archive.reports.slice(0, newestInFeed).map((report) => entryOf(report, archive, urls, origin)),
  });
}

export function topicFeed(archive: Catalogue, id: string, urls: SiteUrls, origin: string): string {
  const topic = archive.topicById.get(id)!;
  return atomXml({
    title: `${topic.name} · ${archive.site.title}`,
    subtitle: topic.description,
    self: absoluteUrl(origin, feedUrls(urls).topic(id)),
    page: absoluteUrl(origin, urls.topic(id)),
    entries: archive.reports
      .filter((report) => report.topics.includes(id))
      .slice(0, newestInFeed)
      .map((report) => entryOf(report, archive, urls, origin)),
  });
}

export function yearFeed(archive: Catalogue, year: number | null, urls: SiteUrls, origin: string): string {
  return atomXml({
    title: `${yearLabel(year)} · ${archive.site.title}`,
    subtitle: year === null ? '原文隐去了年份的报告' : `报告 ${year} 年工作的全部文件`,
    self: absoluteUrl(origin, feedUrls(urls).year(year)),
    page: absoluteUrl(origin, urls.year(year)),
    entries: archive.reports
      .filter((report) => report.meta.year === year)
      .map((report) => entryOf(report, archive, urls, origin)),
  });
}
