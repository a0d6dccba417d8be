import { escapeXml } from './xml.ts';

export interface FeedEntry {
  title: string;
  url: string;
  updated: string;
  author: string;
  summary: string;
  categories: { term: string; label: string }[];
  lang?: string;
}

interface Feed {
  title: string;
  subtitle: string;
  /** Absolute address of the feed itself, also its id. */
  self: string;
  /** Absolute address of the page the feed follows. */
  page: string;
  entries: FeedEntry[];
}

/** Year and date as the instant Atom needs: the date when known, else the last day of the year. */
export function feedTimestamp(date: string | undefined, year: number | null): string {
  if (date) return `${date}T00:00:00Z`;
  if (year !== null) return `${year}-12-31T00:00:00Z`;
  return '1970-01-01T00:00:00Z';
}

/** An Atom 1.0 document. The feed's `updated` is its newest entry's, so equal content gives equal bytes. */
export function atomXml(feed: Feed): string {
  const updated =
    feed.entries
      .map((entry) => entry.updated)
      .sort()
      .at(-1) ?? '1970-01-01T00:00:00Z';
  const entries = feed.entries
    .map((entry) =>
      [
        `  <entry${entry.lang ? ` xml:lang="${escapeXml(entry.lang)}"` : ''}>`,
        `    <title>${escapeXml(entry.title)}</title>`,
        `    <id>${escapeXml(entry.url)}</id>`,
        `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
        `    <updated>${entry.updated}</updated>`,
        `    <author><name>${escapeXml(entry.author)}</name></author>`,
        ...entry.categories.map(
          (category) => `    <category term="${escapeXml(category.term)}" label="${escapeXml(category.label)}"/>`,
        ),
        `    <summary>${escapeXml(entry.summary)}</summary>`,
        '  </entry>',
      ].join('\n'),
    )
    .join('\n');
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <id>${escapeXml(feed.self)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.page)}"/>`,
    `  <updated>${updated}</updated>`,
    entries,
    '</feed>',
    '',
  ].join('\n');
}
