import type { Catalogue } from '../archive/types.ts';
import { countFacet, facetByKey, type FacetCount } from '../facets/registry.ts';
import type { SiteUrls } from '../site/urls.ts';
import { yearFromValue } from './listings.ts';
import { cachedRegionTree } from './regions.ts';

/** A facet value with its report count and the page that lists its reports. */
export interface LinkedCount extends FacetCount {
  url: string;
}

export function yearCounts(archive: Catalogue, urls: SiteUrls): LinkedCount[] {
  return countFacet(archive, facetByKey('year')).map((entry) => ({
    ...entry,
    url: urls.year(yearFromValue(entry.value)),
  }));
}

export function topicCounts(archive: Catalogue, urls: SiteUrls): LinkedCount[] {
  return countFacet(archive, facetByKey('topic')).map((entry) => ({ ...entry, url: urls.topic(entry.value) }));
}

export function typeCounts(archive: Catalogue, urls: SiteUrls): LinkedCount[] {
  return countFacet(archive, facetByKey('type')).map((entry) => ({ ...entry, url: urls.type(entry.value) }));
}

/** Provinces in the order of the regions page, each linked to its own page. */
export function provinceCounts(archive: Catalogue, urls: SiteUrls): LinkedCount[] {
  return cachedRegionTree(archive).map((group) => ({
    value: group.slug,
    label: group.label,
    count: group.count,
    url: urls.region(group.slug),
  }));
}
