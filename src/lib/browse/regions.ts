import type { Archive, Report } from '../archive/types.ts';
import { regionValue } from '../facets/registry.ts';
import { regionSortKey } from '../places/region-sort-key.ts';
import { regionSlug } from '../text/pinyin-slug.ts';
import { paginate, type Page } from './paginate.ts';

/** Slug of the page for reports whose text names no province. */
const unknownRegionSlug = 'unknown';

interface CountyGroup {
  label: string;
  reports: Report[];
}

export interface CityGroup {
  label: string;
  count: number;
  counties: CountyGroup[];
}

interface ProvinceGroup {
  slug: string;
  label: string;
  count: number;
  cities: CityGroup[];
}

const collator = new Intl.Collator('zh-Hans-CN');

/**
 * Province → city → county, with each report under the most precise place its
 * text names. Names are folded to Simplified script so one place is one node.
 * Places come in GB/T 2260 code order, the order of official lists (a city's
 * own bureau, 本级, before its counties); names the division data does not
 * know follow the known ones in collation order, and 未注明 comes last.
 */
export function regionTree(archive: Archive): ProvinceGroup[] {
  const provinces = new Map<string, Map<string, Map<string, Report[]>>>();
  for (const report of archive.reports) {
    const { region, level } = report.meta;
    const province = regionValue(region.province) ?? '';
    const city = regionValue(region.city) ?? '';
    const county = regionValue(region.county) ?? (level === 'city' || level === 'province' ? '本级' : '');
    const cities = provinces.get(province) ?? new Map<string, Map<string, Report[]>>();
    const counties = cities.get(city) ?? new Map<string, Report[]>();
    const reports = counties.get(county) ?? [];
    reports.push(report);
    counties.set(county, reports);
    cities.set(city, counties);
    provinces.set(province, cities);
  }

  const groups = [...provinces].map(([province, cities]): ProvinceGroup => {
    const cityGroups = [...cities].map(([city, counties]): CityGroup => {
      const countyGroups = sortByPlace(
        [...counties].map(([county, reports]) => ({ label: county || '区县未注明', reports })),
        '区县未注明',
        (group) => regionSortKey({ province, city, county: group.label === '本级' ? '' : group.label }),
      );
      return { label: city || '城市未注明', count: sum(countyGroups), counties: countyGroups };
    });
    return {
      slug: province ? regionSlug(province) : unknownRegionSlug,
      label: province || '省份未注明',
      count: cityGroups.reduce((total, city) => total + city.count, 0),
      cities: sortByPlace(cityGroups, '城市未注明', (group) => regionSortKey({ province, city: group.label })),
    };
  });
  return dedupeSlugs(sortByPlace(groups, '省份未注明', (group) => regionSortKey({ province: group.label })));
}

function sum(counties: readonly CountyGroup[]): number {
  return counties.reduce((total, county) => total + county.reports.length, 0);
}

/** 未注明 last; the rest by code (regionSortKey's keys compare by code unit), then by name. */
function sortByPlace<T extends { label: string }>(
  groups: readonly T[],
  unnamed: string,
  keyOf: (group: T) => string,
): T[] {
  const keyed = groups.map((group) => ({ group, key: group.label === unnamed ? '' : keyOf(group) }));
  keyed.sort((a, b) => {
    if (a.group.label === unnamed || b.group.label === unnamed)
      return Number(a.group.label === unnamed) - Number(b.group.label === unnamed);
    if (a.key !== b.key) return a.key < b.key ? -1 : 1;
    return collator.compare(a.group.label, b.group.label);
  });
  return keyed.map(({ group }) => group);
}

/** 山西 and 陕西 share a pinyin spelling; the one later in code order (陕西) gets a suffix. */
function dedupeSlugs(groups: ProvinceGroup[]): ProvinceGroup[] {
  const seen = new Map<string, number>();
  return groups.map((group) => {
    const copies = seen.get(group.slug) ?? 0;
    seen.set(group.slug, copies + 1);
    return copies === 0 ? group : { ...group, slug: `${group.slug}-${copies + 1}` };
  });
}

const trees = new WeakMap<Archive, ProvinceGroup[]>();

/** The region tree, computed once per archive. */
export function cachedRegionTree(archive: Archive): ProvinceGroup[] {
  let tree = trees.get(archive);
  if (!tree) {
    tree = regionTree(archive);
    trees.set(archive, tree);
  }
  return tree;
}

/** Slug of the region page that lists a report. */
export function regionPageSlug(archive: Archive, report: Report): string {
  const province = regionValue(report.meta.region.province);
  if (!province) return unknownRegionSlug;
  return cachedRegionTree(archive).find((group) => group.label === province)?.slug ?? regionSlug(province);
}

/** A province's listing split into pages, each page keeping the city and county headings it needs. */
export function provincePages(group: ProvinceGroup, perPage: number): Page<CityGroup>[] {
  const rows = group.cities.flatMap((city) =>
    city.counties.flatMap((county) => county.reports.map((report) => ({ city, county, report }))),
  );
  return paginate(rows, perPage).map((page) => {
    const cities: CityGroup[] = [];
    for (const { city, county, report } of page.items) {
      let cityGroup = cities.at(-1);
      if (cityGroup?.label !== city.label) {
        cityGroup = { label: city.label, count: city.count, counties: [] };
        cities.push(cityGroup);
      }
      let countyGroup = cityGroup.counties.at(-1);
      if (countyGroup?.label !== county.label) {
        countyGroup = { label: county.label, reports: [] };
        cityGroup.counties.push(countyGroup);
      }
      countyGroup.reports.push(report);
    }
    return { ...page, items: cities };
  });
}
