import { csvText } from '../../publish/csv.ts';
import type { ReportResult } from './present-results.ts';

const columns = ['报告', '发文单位', '地区', '年份', '类型', '小节', '链接', '摘录'];

/**
 * Text as a spreadsheet cell shows it: a cell that starts like a formula
 * (= + - @) gets a leading apostrophe, so opening the file never runs
 * anything a report's text happens to start with.
 */
function asText(text: string | null | undefined): string | undefined {
  if (text === null || text === undefined) return undefined;
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * The results a search page has listed, as CSV (UTF-8 with a byte-order
 * mark): one row per matching section, with its report, issuer, place, year,
 * type, heading, lasting address (without the marks of the search) and
 * excerpt, text that looks like a formula kept as text. A report that matched
 * by its title alone has one row without a section. Made from the records the
 * page already fetched.
 */
export function resultsCsv(results: readonly ReportResult[], origin: string): string {
  const rows = results.flatMap((result) =>
    (result.sections.length > 0 ? result.sections : [undefined]).map((section) => [
      asText(result.title),
      asText(result.issuer),
      asText(result.region),
      result.year,
      result.typeLabel,
      asText(section?.heading),
      new URL(section?.permalink ?? result.url, origin).href,
      asText(section?.excerpt),
    ]),
  );
  return csvText([columns, ...rows]);
}
