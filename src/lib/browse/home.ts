import type { Archive } from '../archive/types.ts';
import { countFacet, facetByKey, type FacetCount } from '../facets/registry.ts';
import type { SiteUrls } from '../site/urls.ts';
import { yearFromValue } from './listings.ts';
import { cachedRegionTree } from './regions.ts';
import { toReportCard, type ReportCard } from './report-card.ts';

export interface LinkedCount extends FacetCount {
  url: string;
}

export interface HomeView {
  reportCount: number;
  sectionCount: number;
  /** Earliest and latest dated years, when any report is dated. */
  span?: { from: number; to: number };
  newest: ReportCard[];
  years: LinkedCount[];
  topics: LinkedCount[];
  provinces: LinkedCount[];
}

export function homeView(archive: Archive, urls: SiteUrls, newestCount = 8): HomeView {
  const years = archive.reports.map((report) => report.meta.year).filter((year): year is number => year !== null);
  return {
    reportCount: archive.reports.length,
    sectionCount: archive.reports.reduce((total, report) => total + report.sections.length, 0),
    // A reduce, not Math.min(...years): spreading a hundred thousand arguments overflows the stack.
    ...(years.length > 0
      ? { span: { from: years.reduce((a, b) => Math.min(a, b)), to: years.reduce((a, b) => Math.max(a, b)) } }
      : {}),
    newest: archive.reports.slice(0, newestCount).map((report) => toReportCard(report, archive, urls)),
    years: countFacet(archive, facetByKey('year')).map((entry) => ({
      ...entry,
      url: urls.year(yearFromValue(entry.value)),
    })),
    topics: countFacet(archive, facetByKey('topic')).map((entry) => ({ ...entry, url: urls.topic(entry.value) })),
    provinces: cachedRegionTree(archive).map((group) => ({
      value: group.slug,
      label: group.label,
      count: group.count,
      url: urls.region(group.slug),
    })),
  };
}
