import type { Archive } from '../archive/types.ts';
import type { SiteUrls } from '../site/urls.ts';
import { fixityManifest, reportRows, reportsCsv, reportsJson, sectionsCsv, type ReportRow } from './data-export.ts';

const rowsByArchive = new WeakMap<Archive, ReportRow[]>();

function rows(archive: Archive, urls: SiteUrls, origin: string): ReportRow[] {
  let cached = rowsByArchive.get(archive);
  if (!cached) {
    cached = reportRows(archive, urls, origin);
    rowsByArchive.set(archive, cached);
  }
  return cached;
}

/** Every file under /data/, by name: its media type and how to write it. */
export const dataFiles: Record<string, { type: string; render(archive: Archive, urls: SiteUrls, origin: string): string }> = {
  'reports.json': { type: 'application/json; charset=utf-8', render: (archive, urls, origin) => reportsJson(rows(archive, urls, origin)) },
  'reports.csv': { type: 'text/csv; charset=utf-8', render: (archive, urls, origin) => reportsCsv(rows(archive, urls, origin)) },
  'sections.csv': { type: 'text/csv; charset=utf-8', render: (archive, urls, origin) => sectionsCsv(rows(archive, urls, origin)) },
  'manifest.json': { type: 'application/json; charset=utf-8', render: fixityManifest },
};
