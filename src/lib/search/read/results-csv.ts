import { csvText } from '../../publish/csv.ts';
import type { ReportResult } from './present-results.ts';

const columns = ['报告', '发文单位', '地区', '年份', '类型', '小节', '链接', '摘录'];

/**
 * The results a search page has listed, as CSV (UTF-8 with a byte-order
 * mark): one row per matching section, with its report, issuer, place, year,
 * type, heading, lasting address (without the marks of the search) and
 * excerpt; a report that matched by its title alone has one row without a
 * section. Made from the records the page already fetched.
 */
export function resultsCsv(results: readonly ReportResult[], origin: string): string {
  const rows = results.flatMap((result) =>
    (result.sections.length > 0 ? result.sections : [undefined]).map((section) => [
      result.title,
      result.issuer,
      result.region,
      result.year,
      result.typeLabel,
      section?.heading,
      new URL(section?.permalink ?? result.url, origin).href,
      section?.excerpt,
    ]),
  );
  return csvText([columns, ...rows]);
}
