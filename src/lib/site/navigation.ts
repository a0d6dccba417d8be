import type { SiteUrls } from './urls.ts';

export type NavKey = 'reports' | 'topics' | 'years' | 'regions' | 'types' | 'about';

/** The site's main sections, in header order. */
export function navigation(urls: SiteUrls): { key: NavKey; label: string; url: string }[] {
  return [
    { key: 'reports', label: '全部报告', url: urls.reports() },
    { key: 'topics', label: '主题', url: urls.topics },
    { key: 'years', label: '年份', url: urls.years },
    { key: 'regions', label: '地区', url: urls.regions },
    { key: 'types', label: '类型', url: urls.types },
    { key: 'about', label: '关于', url: urls.about },
  ];
}
