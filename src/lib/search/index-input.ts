import type { Archive } from '../archive/types.ts';
import { countFacet, facets } from '../facets/registry.ts';
import type { FacetValueTable, ReportRecord } from './format.ts';

/**
 * Everything the index is built from, as plain data, so the build can hand it
 * to a worker thread and render pages meanwhile.
 */
export interface IndexInput {
  /** Per report, in archive order. */
  reports: { record: ReportRecord; facetCodes: number[][] }[];
  /** Facet value tables, in registry order; `facetCodes[i]` index into `facets[i].values`. */
  facets: FacetValueTable[];
}

/** The index input of an archive: records for display and facet codes from the facet registry. */
export function indexInputOf(archive: Archive): IndexInput {
  // Codes follow each facet's display order, so the search page lists values as the browse pages do.
  const tables = facets.map((facet) => ({
    facet,
    codes: new Map(countFacet(archive, facet).map((entry, code) => [entry.value, code])),
  }));
  return {
    facets: tables.map(({ facet, codes }) => ({
      key: facet.key,
      label: facet.label,
      param: facet.param,
      values: [...codes.keys()].map((value) => ({ value, label: facet.labelOf(value, archive) })),
    })),
    reports: archive.reports.map((report) => ({
      record: {
        slug: report.slug,
        title: report.meta.title,
        issuer: report.meta.issuer,
        year: report.meta.year,
        type: report.meta.type,
        script: report.meta.script,
        sections: report.sections.map((section): [string, string | null, string] => [section.id, section.heading, section.text]),
      },
      facetCodes: tables.map(({ facet, codes }) => facet.valuesOf(report).map((value) => codes.get(value)!)),
    })),
  };
}
