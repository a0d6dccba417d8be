import type { Catalogue, ReportSummary } from '../archive/types.ts';
import { countFacet, facetByKey, type Facet } from '../facets/registry.ts';
import { undatedValue } from '../format/labels.ts';
import { feedUrls, type FeedLink } from '../publish/feeds.ts';
import type { SiteUrls } from '../site/urls.ts';
import { reportListingView, type ReportListingView } from './listing-page.ts';
import { paginate, reportsPerPage, type Page } from './paginate.ts';

/** One page of a listing of reports that share a facet value, e.g. all of 2020 or every plan. */
interface FacetListingPage {
  value: string;
  label: string;
  /** Reports with this value in the whole archive. */
  count: number;
  page: Page<ReportSummary>;
}

interface CountedListingView extends ReportListingView {
  /** Reports in the whole listing, not just on this page. */
  count: number;
}

interface YearPageView extends CountedListingView {
  /** What the year's reports are, with their count. */
  lede: string;
  feed: FeedLink;
}

/** Every page of every value of a facet: what the year and type browse pages are built from. */
function facetListings(archive: Catalogue, facet: Facet, perPage = reportsPerPage): FacetListingPage[] {
  return countFacet(archive, facet).flatMap((entry) => {
    const reports = archive.reports.filter((report) => facet.valuesOf(report).includes(entry.value));
    return paginate(reports, perPage).map((page) => ({
      value: entry.value,
      label: entry.label,
      count: entry.count,
      page,
    }));
  });
}

export function yearListings(archive: Catalogue): FacetListingPage[] {
  return facetListings(archive, facetByKey('year'));
}

export function typeListings(archive: Catalogue): FacetListingPage[] {
  return facetListings(archive, facetByKey('type'));
}

/** `undated` in a URL stands for reports whose year the source hides. */
export function yearFromValue(value: string): number | null {
  return value === undatedValue ? null : Number(value);
}

export function yearPageView(listing: FacetListingPage, archive: Catalogue, urls: SiteUrls): YearPageView {
  const year = yearFromValue(listing.value);
  return {
    ...reportListingView(listing.label, listing.page, archive, urls, (page) => urls.year(year, page)),
    count: listing.count,
    lede:
      year === null
        ? `原文隐去了年份的报告，共 ${listing.count} 篇。`
        : `报告 ${year} 年工作的文件，共 ${listing.count} 篇。`,
    feed: { title: `${listing.label}的报告`, href: feedUrls(urls).year(year) },
  };
}

export function typePageView(listing: FacetListingPage, archive: Catalogue, urls: SiteUrls): CountedListingView {
  return {
    ...reportListingView(listing.label, listing.page, archive, urls, (page) => urls.type(listing.value, page)),
    count: listing.count,
  };
}

/** The listing of every report, newest first, split into pages. */
export function allReportPages(archive: Catalogue): Page<ReportSummary>[] {
  return paginate(archive.reports, reportsPerPage);
}

export function allReportsPageView(page: Page<ReportSummary>, archive: Catalogue, urls: SiteUrls): CountedListingView {
  return { ...reportListingView('全部报告', page, archive, urls, urls.reports), count: archive.reports.length };
}
