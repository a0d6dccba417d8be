import type { Report, Section } from '../archive/types.ts';

/**
 * A citation in the GB/T 7714-2015 form for online documents:
 * 责任者. 题名[EB/OL]. (发布日期)[引用日期]. 获取和访问路径.
 * The reader replaces [引用日期] with the day they read it.
 */
export function citation(report: Report, address: string, section?: Section): string {
  const title = section?.heading ? `${report.meta.title}: ${section.heading}` : report.meta.title;
  const published = report.meta.date ?? (report.meta.year === null ? undefined : String(report.meta.year));
  return `${report.meta.issuer}. ${title}[EB/OL]. ${published ? `(${published})` : ''}[引用日期]. ${address}.`;
}
