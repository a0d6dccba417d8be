import type { ReportBasics } from '../archive/types.ts';
import type { Level, ReportType, Script } from '../schema/report.ts';
import type { SortOrder } from '../search/read/run-search.ts';

export const typeLabels: Record<ReportType, string> = {
  summary: '工作总结',
  plan: '工作计划与要点',
  speech: '讲话与致辞',
  report: '工作报告',
  other: '其他',
};

export const levelLabels: Record<Level, string> = {
  province: '省级',
  city: '市级',
  district: '区级',
  county: '县级',
  unknown: '层级不详',
};

export const scriptLabels: Record<Script, string> = {
  'zh-Hans': '简体',
  'zh-Hant': '繁体',
};

/** The search page's sort menu, one entry per order the engine knows. */
export const sortOrderLabels: Record<SortOrder, string> = {
  relevance: '相关度',
  newest: '从新到旧',
  oldest: '从旧到新',
};

export const undatedLabel = '年份不详';
/** The year facet's value for reports without a year, in addresses (?year=undated) and the index. */
export const undatedValue = 'undated';

export function yearLabel(year: number | null): string {
  return year === null ? undatedLabel : `${year}年`;
}

/** 2020-11-26 → 2020年11月26日 */
export function dateLabel(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** Province, city and county as far as the report names them, space-separated; null when it names none. */
export function regionLabel(report: ReportBasics): string | null {
  const { province, city, county } = report.meta.region;
  const parts = [province, city, county].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(' ') : null;
}
