import { describe, expect, it } from 'vitest';
import { siteUrls } from '../../../src/lib/site/urls.ts';
import { repositoryOf, sourceLinks } from '../../../src/lib/site/source-link.ts';
import { pageTitle } from '../../../src/lib/site/page-title.ts';
import { webAddressOfRemote } from '../../../src/lib/site/git-info.ts';
import { siteSchema } from '../../../src/lib/schema/site.ts';

describe('site addresses', () => {
  it('build every page address under the base path', () => {
    const urls = siteUrls('/archive');
    expect(urls.report('x-2020-summary')).toBe('/archive/reports/x-2020-summary/');
    expect(urls.section('x', 's-abc')).toBe('/archive/reports/x/#s-abc');
    expect(urls.reports(3)).toBe('/archive/reports/page/3/');
    expect(urls.year(null)).toBe('/archive/years/undated/');
    expect(urls.topic('teachers', 2)).toBe('/archive/topics/teachers/2/');
    expect(siteUrls().home).toBe('/');
  });

  it('address the site’s own files and the about page’s contribution guide', () => {
    const urls = siteUrls('/archive/');
    expect(urls.favicon).toBe('/archive/favicon.svg');
    expect(urls.contribute).toBe('/archive/about/#contribute');
    expect(urls.asset('/data/reports.json')).toBe('/archive/data/reports.json');
  });

  it('name pages after the site', () => {
    expect(pageTitle('按主题浏览', '档案')).toBe('按主题浏览 · 档案');
    expect(pageTitle(undefined, '档案')).toBe('档案');
  });
});

describe('links to a report’s source file', () => {
  const site = siteSchema.parse({ title: 't', tagline: 't', description: 'd' });

  it('point into the repository named in site.yml', () => {
    expect(
      sourceLinks('content/reports/2020/a.md', { ...site, repository: 'https://github.com/org/archive/' }, {}),
    ).toEqual({
      path: 'content/reports/2020/a.md',
      view: 'https://github.com/org/archive/blob/main/content/reports/2020/a.md',
      raw: 'https://raw.githubusercontent.com/org/archive/main/content/reports/2020/a.md',
    });
  });

  it('use the repository a GitHub Actions build runs in', () => {
    expect(repositoryOf(site, { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'org/repo' })).toBe(
      'https://github.com/org/repo',
    );
  });

  it('point at the commit being built when it is known, and fall back to the origin remote', () => {
    const git = { repository: 'https://gitlab.example.org/edu/archive', commit: 'abc123' };
    expect(sourceLinks('content/reports/a.md', site, {}, git)).toEqual({
      path: 'content/reports/a.md',
      view: 'https://gitlab.example.org/edu/archive/blob/abc123/content/reports/a.md',
    });
  });

  it('turn clone addresses into web addresses', () => {
    expect(webAddressOfRemote('https://github.com/org/archive.git')).toBe('https://github.com/org/archive');
    expect(webAddressOfRemote('git@github.com:org/archive.git')).toBe('https://github.com/org/archive');
    expect(webAddressOfRemote('https://token@gitee.com/org/archive')).toBe('https://gitee.com/org/archive');
    expect(webAddressOfRemote('/work/main')).toBeUndefined();
  });

  it('name only the path when no repository is known', () => {
    expect(sourceLinks('content/reports/a.md', site, {})).toEqual({ path: 'content/reports/a.md' });
  });
});
