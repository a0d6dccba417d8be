import { describe, expect, it } from 'vitest';
import { listingPageView, pageParam, reportListingView } from '../../../src/lib/browse/listing-page.ts';
import {
  allReportPages,
  allReportsPageView,
  typeListings,
  typePageView,
  yearListings,
  yearPageView,
} from '../../../src/lib/browse/listings.ts';
import { paginate } from '../../../src/lib/browse/paginate.ts';
import { siteUrls } from '../../../src/lib/site/urls.ts';
import { loadFixtureCatalogue } from '../../helpers/temp-archive.ts';

const archive = await loadFixtureCatalogue();
const urls = siteUrls('/archive/');

describe('a listing page', () => {
  it('is titled by its listing, later pages by their number too', () => {
    const urlOf = (page: number) => `/list/${page}/`;
    expect(listingPageView('工作总结', { number: 1, total: 3 }, urlOf).title).toBe('工作总结');
    expect(listingPageView('工作总结', { number: 3, total: 3 }, urlOf).title).toBe('工作总结（第 3 页）');
  });

  it('links its neighbours through the listing’s addresses', () => {
    const view = listingPageView('全部报告', { number: 2, total: 3 }, (page) => `/list/${page}/`);
    expect(view.pager.previous).toBe('/list/1/');
    expect(view.pager.next).toBe('/list/3/');
    expect(view.pager.pages.map((page) => [page.number, page.current])).toEqual([
      [1, false],
      [2, true],
      [3, false],
    ]);
  });

  it('has no route parameter on the first page', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('2');
    expect(pageParam(12, 'page/')).toBe('page/12');
  });

  it('shows each report of the page as a card, in page order', () => {
    const [, second] = paginate(archive.reports, 2);
    const view = reportListingView('全部报告', second!, archive, urls, urls.reports);
    expect(view.cards.map((card) => card.url)).toEqual(
      archive.reports.slice(2, 4).map((report) => `/archive/reports/${report.slug}/`),
    );
    expect(view.title).toBe('全部报告（第 2 页）');
  });
});

describe('the year, type and all-reports listings', () => {
  it('say what a year’s reports are, and follow the year’s feed', () => {
    const views = yearListings(archive).map((listing) => yearPageView(listing, archive, urls));
    const dated = views.find((view) => view.title === '2021年')!;
    expect(dated.lede).toBe('报告 2021 年工作的文件，共 1 篇。');
    expect(dated.feed).toEqual({ title: '2021年的报告', href: '/archive/years/2021/feed.xml' });
    const undated = views.find((view) => view.title === '年份不详')!;
    expect(undated.lede).toBe('原文隐去了年份的报告，共 1 篇。');
    expect(undated.feed.href).toBe('/archive/years/undated/feed.xml');
    expect(undated.cards.map((card) => card.slug)).toEqual(['nanhu-speech']);
  });

  it('page through a type with addresses of the type', () => {
    const listing = typeListings(archive).find((entry) => entry.value === 'plan')!;
    const view = typePageView({ ...listing, page: { ...listing.page, number: 2, total: 2 } }, archive, urls);
    expect(view.title).toBe('工作计划与要点（第 2 页）');
    expect(view.pager.previous).toBe('/archive/types/plan/');
    expect(view.count).toBe(1);
  });

  it('count every report on every page of the whole listing', () => {
    const pages = allReportPages(archive);
    expect(pages).toHaveLength(1);
    const view = allReportsPageView(pages[0]!, archive, urls);
    expect(view).toMatchObject({ title: '全部报告', count: archive.reports.length });
    expect(view.cards).toHaveLength(archive.reports.length);
  });
});
