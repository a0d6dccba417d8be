import type { Catalogue } from '../archive/types.ts';
import type { SiteUrls } from '../site/urls.ts';
import { listingPageView, type ListingPageView } from './listing-page.ts';
import { reportsPerPage, type Page } from './paginate.ts';
import { cachedRegionTree, provincePages, type CityGroup } from './regions.ts';
import { toReportCard, type ReportCard } from './report-card.ts';

/** One page of a province's listing. */
interface ProvinceListingPage {
  slug: string;
  label: string;
  /** Reports of the whole province, not just on this page. */
  count: number;
  page: Page<CityGroup>;
}

interface RegionPageView extends ListingPageView {
  count: number;
  cities: {
    label: string;
    /** Id of the city's heading, which names its section. */
    headingId: string;
    counties: { label: string; cards: ReportCard[] }[];
  }[];
}

interface PlaceCount {
  label: string;
  count: number;
}

/** A province on the regions index, with its cities and their counties. */
interface RegionIndexEntry extends PlaceCount {
  url: string;
  cities: (PlaceCount & { counties: PlaceCount[] })[];
}

/** Every page of every province. */
export function regionListings(archive: Catalogue, perPage = reportsPerPage): ProvinceListingPage[] {
  return cachedRegionTree(archive).flatMap((province) =>
    provincePages(province, perPage).map((page) => ({
      slug: province.slug,
      label: province.label,
      count: province.count,
      page,
    })),
  );
}

export function regionPageView(listing: ProvinceListingPage, archive: Catalogue, urls: SiteUrls): RegionPageView {
  return {
    ...listingPageView(listing.label, listing.page, (page) => urls.region(listing.slug, page)),
    count: listing.count,
    cities: listing.page.items.map((city) => ({
      label: city.label,
      headingId: `c-${city.label}`,
      counties: city.counties.map((county) => ({
        label: county.label,
        cards: county.reports.map((report) => toReportCard(report, archive, urls)),
      })),
    })),
  };
}

export function regionIndex(archive: Catalogue, urls: SiteUrls): RegionIndexEntry[] {
  return cachedRegionTree(archive).map((province) => ({
    label: province.label,
    count: province.count,
    url: urls.region(province.slug),
    cities: province.cities.map((city) => ({
      label: city.label,
      count: city.count,
      counties: city.counties.map((county) => ({ label: county.label, count: county.reports.length })),
    })),
  }));
}
