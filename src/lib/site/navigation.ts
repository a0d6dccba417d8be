import type { SiteUrls } from './urls.ts';

export type NavKey = 'reports' | 'topics' | 'years' | 'regions' | 'types' | 'about';

interface NavItem {
  key: NavKey;
  label: string;
  url: string;
  /** The section the page belongs to. */
  current: boolean;
}

/** The site's main sections, in header order. */
export function navigation(urls: SiteUrls, current?: NavKey): NavItem[] {
  const items: Omit<NavItem, 'current'>[] = [
    { key: 'reports', label: '全部报告', url: urls.reports() },
    { key: 'topics', label: '主题', url: urls.topics },
    { key: 'years', label: '年份', url: urls.years },
    { key: 'regions', label: '地区', url: urls.regions },
    { key: 'types', label: '类型', url: urls.types },
    { key: 'about', label: '关于', url: urls.about },
  ];
  return items.map((item) => ({ ...item, current: item.key === current }));
}
