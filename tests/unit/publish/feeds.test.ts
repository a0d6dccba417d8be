import { describe, expect, it } from 'vitest';
import { atomXml, feedTimestamp } from '../../../src/lib/publish/atom.ts';
import { feedUrls, siteFeed, topicFeed, yearFeed } from '../../../src/lib/publish/feeds.ts';
import { siteUrls } from '../../../src/lib/site/urls.ts';
import { loadFixtureCatalogue } from '../../helpers/temp-archive.ts';

const archive = await loadFixtureCatalogue();
const urls = siteUrls('/');
const origin = 'https://example.org';
const entryIds = (xml: string) => [...xml.matchAll(/<id>([^<]+)<\/id>/g)].map((match) => match[1]!).slice(1);

describe('Atom feeds', () => {
  it('sit beside the pages they follow', () => {
    const links = feedUrls(urls);
    expect(links.site).toBe('/feed.xml');
    expect(links.topic('teachers')).toBe('/topics/teachers/feed.xml');
    expect(links.year(2021)).toBe('/years/2021/feed.xml');
    expect(links.year(null)).toBe('/years/undated/feed.xml');
  });

  it('carry the newest reports site-wide, in archive order', () => {
    const xml = siteFeed(archive, urls, origin);
    expect(entryIds(xml)).toEqual(archive.reports.map((report) => `https://example.org/reports/${report.slug}/`));
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/feed.xml"/>');
  });

  it('carry only the reports of a topic or a year', () => {
    const withTopic = archive.reports
      .filter((report) => report.topics.includes('teachers'))
      .map((report) => report.slug);
    expect(entryIds(topicFeed(archive, 'teachers', urls, origin))).toEqual(
      withTopic.map((slug) => `https://example.org/reports/${slug}/`),
    );
    expect(entryIds(yearFeed(archive, null, urls, origin))).toEqual(['https://example.org/reports/nanhu-speech/']);
  });

  it('mark Traditional-script entries and name the topics as categories', () => {
    const xml = siteFeed(archive, urls, origin);
    expect(xml).toMatch(/<entry xml:lang="zh-Hant">\s*<title>北城市教育局2020年工作報告<\/title>/);
    expect(xml).toContain('<category term="teachers" label="教师队伍"/>');
  });

  it('date entries by the report date, else the end of its year, and the feed by its newest entry', () => {
    expect(feedTimestamp('2021-12-20', 2021)).toBe('2021-12-20T00:00:00Z');
    expect(feedTimestamp(undefined, 2019)).toBe('2019-12-31T00:00:00Z');
    expect(feedTimestamp(undefined, null)).toBe('1970-01-01T00:00:00Z');
    const xml = atomXml({
      title: 't',
      subtitle: 's',
      self: 'https://example.org/feed.xml',
      page: 'https://example.org/',
      entries: [
        {
          title: 'a',
          url: 'https://example.org/a/',
          updated: '2019-12-31T00:00:00Z',
          author: 'x',
          summary: '',
          categories: [],
        },
        {
          title: 'b',
          url: 'https://example.org/b/',
          updated: '2021-03-01T00:00:00Z',
          author: 'x',
          summary: '',
          categories: [],
        },
      ],
    });
    expect(xml).toMatch(
      /<id>https:\/\/example.org\/feed.xml<\/id>\n {2}<link[^\n]+\n {2}<link[^\n]+\n {2}<updated>2021-03-01T00:00:00Z<\/updated>/,
    );
  });

  it('escape markup and drop characters XML cannot hold', () => {
    const xml = atomXml({
      title: '<script>alert(1)</script> & "引号"\u0001',
      subtitle: '',
      self: 'https://example.org/feed.xml',
      page: 'https://example.org/',
      entries: [],
    });
    expect(xml).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;引号&quot;</title>');
    expect(xml).not.toContain('\u0001');
  });
});
