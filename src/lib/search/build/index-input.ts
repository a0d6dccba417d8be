import { createHash } from 'node:crypto';
import type { Archive } from '../../archive/types.ts';
import { countFacet, facets } from '../../facets/registry.ts';
import { indexFolder, indexFormatVersion, type FacetValueTable, type ReportRecord } from '../format.ts';

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
        sections: report.sections.map((section): [string, string | null, string] => [
          section.id,
          section.heading,
          section.text,
        ]),
      },
      facetCodes: tables.map(({ facet, codes }) => facet.valuesOf(report).map((value) => codes.get(value)!)),
    })),
  };
}

/**
 * A name for the index that changes whenever its content could: a hash of
 * everything it is built from and of the format. The index lives in a folder
 * of that name, so a browser or CDN never mixes files of two builds, and the
 * files can be cached for good.
 */
export function indexVersionOf(input: IndexInput): string {
  const hash = createHash('sha256');
  hash.update(`${indexFormatVersion}\n${JSON.stringify(input.facets)}\n`);
  for (const { record, facetCodes } of input.reports) {
    hash.update(
      JSON.stringify([record.slug, record.title, record.issuer, record.year, record.type, record.script, facetCodes]),
    );
    for (const [anchor, heading, text] of record.sections) hash.update(`\n${anchor}\n${heading ?? ''}\n${text}`);
  }
  return hash.digest('hex').slice(0, 12);
}

const prepared = new WeakMap<Archive, { input: IndexInput; version: string }>();

/** The index input of an archive and its version, worked out once per archive. */
export function indexInputFor(archive: Archive): { input: IndexInput; version: string } {
  let entry = prepared.get(archive);
  if (!entry) {
    const input = indexInputOf(archive);
    entry = { input, version: indexVersionOf(input) };
    prepared.set(archive, entry);
  }
  return entry;
}

/** The index's folder under the site root, e.g. `/search-index/3f2a9c1b7d4e/`. */
export function indexPath(base: string, version: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${indexFolder}/${version}/`;
}
