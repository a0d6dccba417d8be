import { describe, expect, it } from 'vitest';
import { aboutView } from '../../../src/lib/browse/about.ts';
import { typeCounts } from '../../../src/lib/browse/linked-counts.ts';
import { yearsIndexView } from '../../../src/lib/browse/years-index.ts';
import { siteUrls } from '../../../src/lib/site/urls.ts';
import { loadFixtureCatalogue } from '../../helpers/temp-archive.ts';

const archive = await loadFixtureCatalogue();
const urls = siteUrls('/archive/');

describe('the index pages', () => {
  it('list the types in declared order with their counts and pages', () => {
    expect(typeCounts(archive, urls).map((entry) => [entry.label, entry.count, entry.url])).toEqual([
      ['工作总结', 1, '/archive/types/summary/'],
      ['工作计划与要点', 1, '/archive/types/plan/'],
      ['讲话与致辞', 1, '/archive/types/speech/'],
      ['工作报告', 1, '/archive/types/report/'],
    ]);
  });

  it('list the years newest first, charted oldest first with the undated last', () => {
    const view = yearsIndexView(archive, urls);
    expect(view.years.map((entry) => entry.url)).toEqual([
      '/archive/years/2021/',
      '/archive/years/2020/',
      '/archive/years/2019/',
      '/archive/years/undated/',
    ]);
    expect(view.chart).toContain('<title id="years-chart-title">各年份的报告数</title>');
    expect(view.chart).toContain('<desc id="years-chart-desc">2019：1篇；2020：1篇；2021：1篇；不详：1篇</desc>');
  });

  it('tell where the data files, the feeds and the repository are', () => {
    // Without the checkout's own remote, which differs between clones.
    const unhosted = { ...archive, git: {} };
    const view = aboutView(unhosted, urls, {});
    expect(view.repository).toBeUndefined();
    expect(view.siteFeed).toBe('/archive/feed.xml');
    expect(view.exampleTopicFeed).toBe('/archive/topics/teachers/feed.xml');
    expect(view.dataFiles.map((file) => file.url)).toContain('/archive/data/reports.json');
    const hosted = aboutView(unhosted, urls, {
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'org/repo',
    });
    expect(hosted.repository).toBe('https://github.com/org/repo');
  });

  it('give an archive without topics no example feed', () => {
    expect(aboutView({ ...archive, topics: [] }, urls, {}).exampleTopicFeed).toBeUndefined();
  });
});
