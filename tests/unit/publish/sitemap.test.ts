import { describe, expect, it } from 'vitest';
import { robotsTxt, siteRoot, sitemapAndRobots, sitemapFiles, sitemapParts } from '../../../src/lib/publish/sitemap.ts';

const locations = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);

describe('the sitemap', () => {
  it('lists every page once, sorted, as absolute addresses, in one file up to the limit', () => {
    const files = sitemapFiles(['/b/', '/a/', '/b/', '/报告/?x=1&y=2'], 'https://example.org', '/');
    expect([...files.keys()]).toEqual(['sitemap.xml']);
    expect(locations(files.get('sitemap.xml')!)).toEqual([
      'https://example.org/a/',
      'https://example.org/b/',
      'https://example.org/%E6%8A%A5%E5%91%8A/?x=1&amp;y=2',
    ]);
    expect(sitemapParts(files.get('sitemap.xml')!)).toEqual([]);
  });

  it('becomes an index of numbered files past the limit, each page in exactly one of them, in order', () => {
    const pages = ['/e/', '/d/', '/c/', '/b/', '/a/'];
    const files = sitemapFiles(pages, 'https://example.org', '/archive/', 2);
    expect([...files.keys()]).toEqual(['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']);
    const index = files.get('sitemap.xml')!;
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(locations(index)).toEqual([
      'https://example.org/archive/sitemap-1.xml',
      'https://example.org/archive/sitemap-2.xml',
      'https://example.org/archive/sitemap-3.xml',
    ]);
    expect(sitemapParts(index)).toEqual(['/archive/sitemap-1.xml', '/archive/sitemap-2.xml', '/archive/sitemap-3.xml']);
    expect([1, 2, 3].flatMap((part) => locations(files.get(`sitemap-${part}.xml`)!))).toEqual(
      ['/a/', '/b/', '/c/', '/d/', '/e/'].map((path) => `https://example.org${path}`),
    );
  });

  it('stays one file at exactly the limit', () => {
    expect([...sitemapFiles(['/a/', '/b/'], 'https://example.org', '/', 2).keys()]).toEqual(['sitemap.xml']);
  });
});

describe('robots.txt', () => {
  it('points crawlers at the sitemap', () => {
    expect(robotsTxt('https://example.org/archive/sitemap.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/archive/sitemap.xml\n',
    );
  });

  it('lists the pages below the site’s root with robots.txt pointing at it, leaving out files and the 404 page', () => {
    expect(siteRoot('/archive')).toBe('/archive/');
    expect(siteRoot('/')).toBe('/');
    const files = sitemapAndRobots(
      ['', 'about/', 'feed.xml', '404/', 'reports/a/'],
      'https://example.org',
      '/archive/',
    );
    expect([...files.keys()]).toEqual(['sitemap.xml', 'robots.txt']);
    expect(locations(files.get('sitemap.xml')!)).toEqual([
      'https://example.org/archive/',
      'https://example.org/archive/about/',
      'https://example.org/archive/reports/a/',
    ]);
    expect(files.get('robots.txt')).toContain('Sitemap: https://example.org/archive/sitemap.xml');
  });
});
