import type { Catalogue } from '../archive/types.ts';
import { absoluteUrl } from '../site/origin.ts';
import type { SiteUrls } from '../site/urls.ts';
import { csvText } from './csv.ts';

export interface ReportRow {
  slug: string;
  url: string;
  title: string;
  issuer: string;
  province: string | null;
  city: string | null;
  county: string | null;
  level: string;
  year: number | null;
  date: string | null;
  type: string;
  topics: string[];
  script: string;
  anonymized: boolean;
  source: { name: string; url: string | null; note: string | null };
  sha256: string;
  sections: { anchor: string; url: string; heading: string | null; topics: string[]; characters: number }[];
}

export function reportRows(archive: Catalogue, urls: SiteUrls, origin: string): ReportRow[] {
  return archive.reports.map((report) => ({
    slug: report.slug,
    url: absoluteUrl(origin, urls.report(report.slug)),
    title: report.meta.title,
    issuer: report.meta.issuer,
    province: report.meta.region.province ?? null,
    city: report.meta.region.city ?? null,
    county: report.meta.region.county ?? null,
    level: report.meta.level,
    year: report.meta.year,
    date: report.meta.date ?? null,
    type: report.meta.type,
    topics: report.topics,
    script: report.meta.script,
    anonymized: report.meta.anonymized,
    source: {
      name: report.meta.source.name,
      url: report.meta.source.url ?? null,
      note: report.meta.source.note ?? null,
    },
    sha256: report.sha256,
    sections: report.sections.map((section) => ({
      anchor: section.id,
      url: absoluteUrl(origin, urls.section(report.slug, section.id)),
      heading: section.heading,
      topics: section.topics,
      characters: section.characters,
    })),
  }));
}

export function reportsJson(rows: readonly ReportRow[]): string {
  return `${JSON.stringify(rows, null, 1)}\n`;
}

export function reportsCsv(rows: readonly ReportRow[]): string {
  return csvText([
    [
      'slug',
      'url',
      'title',
      'issuer',
      'province',
      'city',
      'county',
      'level',
      'year',
      'date',
      'type',
      'topics',
      'script',
      'anonymized',
      'source_name',
      'source_url',
      'source_note',
      'sha256',
    ],
    ...rows.map((row) => [
      row.slug,
      row.url,
      row.title,
      row.issuer,
      row.province,
      row.city,
      row.county,
      row.level,
      row.year,
      row.date,
      row.type,
      row.topics.join(';'),
      row.script,
      row.anonymized,
      row.source.name,
      row.source.url,
      row.source.note,
      row.sha256,
    ]),
  ]);
}

export function sectionsCsv(rows: readonly ReportRow[]): string {
  return csvText([
    ['report_slug', 'anchor', 'url', 'heading', 'topics', 'characters'],
    ...rows.flatMap((row) =>
      row.sections.map((section) => [
        row.slug,
        section.anchor,
        section.url,
        section.heading,
        section.topics.join(';'),
        section.characters,
      ]),
    ),
  ]);
}

/** Fixity: every report's source file and its SHA-256, for checking a copy or a citation. */
export function fixityManifest(archive: Catalogue, urls: SiteUrls, origin: string): string {
  const reports = archive.reports.map((report) => ({
    slug: report.slug,
    url: absoluteUrl(origin, urls.report(report.slug)),
    source: report.sourcePath,
    sha256: report.sha256,
  }));
  return `${JSON.stringify({ algorithm: 'SHA-256', reports }, null, 1)}\n`;
}
