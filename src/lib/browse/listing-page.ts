import type { Catalogue, ReportSummary } from '../archive/types.ts';
import type { SiteUrls } from '../site/urls.ts';
import { pageLinks, type Page, type PageLinks } from './paginate.ts';
import { toReportCard, type ReportCard } from './report-card.ts';

/** What every page of a listing split into pages shows the same way. */
export interface ListingPageView {
  /** The listing's name; later pages add their number so each page has a title of its own. */
  title: string;
  pager: PageLinks;
}

export interface ReportListingView extends ListingPageView {
  cards: ReportCard[];
}

/** The route parameter of a listing page: none on the first page, whose address is the listing's own. */
export function pageParam(number: number, prefix = ''): string | undefined {
  return number === 1 ? undefined : `${prefix}${number}`;
}

export function listingPageView(
  label: string,
  page: Pick<Page<unknown>, 'number' | 'total'>,
  urlOf: (page: number) => string,
): ListingPageView {
  return {
    title: page.number === 1 ? label : `${label}（第 ${page.number} 页）`,
    pager: pageLinks(page.number, page.total, urlOf),
  };
}

/** A page of a listing of reports, each shown as a card. */
export function reportListingView(
  label: string,
  page: Page<ReportSummary>,
  archive: Catalogue,
  urls: SiteUrls,
  urlOf: (page: number) => string,
): ReportListingView {
  return {
    ...listingPageView(label, page, urlOf),
    cards: page.items.map((report) => toReportCard(report, archive, urls)),
  };
}
