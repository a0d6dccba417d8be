import type { Archive, Report } from '../archive/types.ts';
import { countFacet, facetByKey, undatedValue, type Facet } from '../facets/registry.ts';
import { paginate, reportsPerPage, type Page } from './paginate.ts';

/** One page of a listing of reports that share a facet value, e.g. all of 2020 or every plan. */
export interface FacetListingPage {
  value: string;
  label: string;
  /** Reports with this value in the whole archive. */
  count: number;
  page: Page<Report>;
}

/** Every page of every value of a facet: what the year and type browse pages are built from. */
export function facetListings(archive: Archive, facet: Facet, perPage = reportsPerPage): FacetListingPage[] {
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

export function yearListings(archive: Archive): FacetListingPage[] {
  return facetListings(archive, facetByKey('year'));
}

export function typeListings(archive: Archive): FacetListingPage[] {
  return facetListings(archive, facetByKey('type'));
}

/** `undated` in a URL stands for reports whose year the source hides. */
export function yearFromValue(value: string): number | null {
  return value === undatedValue ? null : Number(value);
}
