import { createHash } from 'node:crypto';
import type { Archive, ArchiveSettings, ReportBasics } from '../../archive/types.ts';
import { countFacet, facets } from '../../facets/registry.ts';
import { indexFolder, indexFormatVersion, type FacetValueTable, type ReportRecord } from '../format.ts';
import { regionLabel } from '../../format/labels.ts';

/**
 * Everything the index is built from, as plain data, so the build can hand it
 * to a worker thread and render pages meanwhile.
 */
export interface IndexInput {
  /** Per report, in archive order, with the SHA-256 of its file (which names the index, not stored in it). */
  reports: { record: ReportRecord; facetCodes: number[][]; sha256: string }[];
  /** Facet value tables, in registry order; `facetCodes[i]` index into `facets[i].values`. */
  facets: FacetValueTable[];
}

type ReportList = ArchiveSettings & { reports: readonly (ReportBasics & { sha256: string })[] };

/** The facet tables of a set of reports and a report's codes in them, from the facet registry. */
export function indexFacetsOf(archive: ReportList): {
  facets: FacetValueTable[];
  codesOf: (report: ReportBasics) => number[][];
} {
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
    codesOf: (report) => tables.map(({ facet, codes }) => facet.valuesOf(report).map((value) => codes.get(value)!)),
  };
}

/** The index input of an archive: records for display and facet codes from the facet registry. */
export function indexInputOf(archive: Archive): IndexInput {
  const { facets: tables, codesOf } = indexFacetsOf(archive);
  return {
    facets: tables,
    reports: archive.reports.map((report) => ({
      record: {
        slug: report.slug,
        title: report.meta.title,
        issuer: report.meta.issuer,
        region: regionLabel(report),
        year: report.meta.year,
        type: report.meta.type,
        script: report.meta.script,
        sections: report.sections.map((section): [string, string | null, string] => [
          section.id,
          section.heading,
          section.text,
        ]),
      },
      facetCodes: codesOf(report),
      sha256: report.sha256,
    })),
  };
}

/**
 * A name for the index that changes whenever its content could: a hash of the
 * format, the code version, the facet tables and every report's file hash and
 * facet codes. The index lives in a folder of that name, so a browser or CDN
 * never mixes files of two builds and the files can be cached for good. No
 * report text goes in, so an assembly of shards names the merged index just
 * as a one-machine build names the same index.
 */
export function indexVersionOf(input: IndexInput, codeVersion: string): string {
  return versionOf(
    input.facets,
    input.reports.map(({ record, sha256, facetCodes }) => ({ slug: record.slug, sha256, facetCodes })),
    codeVersion,
  );
}

/** The same name worked out from report summaries, without any report's text. */
export function summaryIndexVersion(archive: ReportList, codeVersion: string): string {
  const { facets: tables, codesOf } = indexFacetsOf(archive);
  return versionOf(
    tables,
    archive.reports.map((report) => ({ slug: report.slug, sha256: report.sha256, facetCodes: codesOf(report) })),
    codeVersion,
  );
}

function versionOf(
  tables: readonly FacetValueTable[],
  reports: readonly { slug: string; sha256: string; facetCodes: number[][] }[],
  codeVersion: string,
): string {
  const hash = createHash('sha256');
  hash.update(`${indexFormatVersion}\n${codeVersion}\n${JSON.stringify(tables)}\n`);
  for (const { slug, sha256, facetCodes } of reports) hash.update(`${slug} ${sha256} ${JSON.stringify(facetCodes)}\n`);
  return hash.digest('hex').slice(0, 12);
}

/** The index's folder under the site root, e.g. `/search-index/3f2a9c1b7d4e/`. */
export function indexPath(base: string, version: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${indexFolder}/${version}/`;
}
