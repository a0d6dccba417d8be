import type { Catalogue } from '../archive/types.ts';
import type { SiteUrls } from '../site/urls.ts';
import { yearChartSvg } from '../svg/year-chart.ts';
import { yearBars } from './chart-bars.ts';
import { yearCounts, type LinkedCount } from './linked-counts.ts';
import { yearFromValue } from './listings.ts';

interface YearsIndexView {
  /** Newest first, undated last. */
  years: LinkedCount[];
  /** Bar chart (SVG) of reports per year, oldest first. */
  chart: string;
}

export function yearsIndexView(archive: Catalogue, urls: SiteUrls): YearsIndexView {
  const years = yearCounts(archive, urls);
  const bars = yearBars(years.map((entry) => ({ year: yearFromValue(entry.value), count: entry.count })));
  return { years, chart: yearChartSvg(bars, { title: '各年份的报告数', unit: '篇', id: 'years-chart' }) };
}
