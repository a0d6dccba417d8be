import type { Catalogue, ReportSummary } from '../archive/types.ts';
import { regionValue } from '../facets/registry.ts';
import { divisionsNamed } from '../places/divisions.ts';
import { regionSortKey } from '../places/region-sort-key.ts';
import { hash32 } from '../text/hash.ts';
import { regionSlug } from '../text/pinyin-slug.ts';
import { paginate, type Page } from './paginate.ts';

/** Slug of the page for reports whose text names no province. */
const unknownRegionSlug = 'unknown';

interface CountyGroup {
  label: string;
  reports: ReportSummary[];
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
export function regionTree(archive: Catalogue): ProvinceGroup[] {
  const provinces = new Map<string, Map<string, Map<string, ReportSummary[]>>>();
  for (const report of archive.reports) {
    const { region, level } = report.meta;
    const province = regionValue(region.province) ?? '';
    const city = regionValue(region.city) ?? '';
    const county = regionValue(region.county) ?? (level === 'city' || level === 'province' ? '本级' : '');
    const cities = provinces.get(province) ?? new Map<string, Map<string, ReportSummary[]>>();
    const counties = cities.get(city) ?? new Map<string, ReportSummary[]>();
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
      slug: provincePageSlug(province),
      label: province || '省份未注明',
      count: cityGroups.reduce((total, city) => total + city.count, 0),
      cities: sortByPlace(cityGroups, '城市未注明', (group) => regionSortKey({ province, city: group.label })),
    };
  });
  return sortByPlace(groups, '省份未注明', (group) => regionSortKey({ province: group.label }));
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

/**
 * A province's page slug depends on its name alone, never on which other
 * provinces the archive holds, so a report's page (built in its own shard)
 * links to its province page without knowing the rest of the archive. 陕西
 * takes its official spelling Shaanxi, as the province itself writes it, to
 * stay apart from 山西; a name the divisions do not know adds a hash of itself.
 */
export function provincePageSlug(province: string | undefined): string {
  if (!province) return unknownRegionSlug;
  const division = divisionsNamed(province).find((candidate) => candidate.level === 'province');
  if (!division) return `${regionSlug(province)}-${hash32(province).toString(36)}`;
  return officialSpellings[division.code.slice(0, 2)] ?? regionSlug(division.name);
}

/** Provinces whose official romanization differs from plain pinyin, by their GB/T 2260 code. */
const officialSpellings: Record<string, string> = { '61': 'shaanxi' };

const trees = new WeakMap<Catalogue, ProvinceGroup[]>();

/** The region tree, computed once per archive. */
export function cachedRegionTree(archive: Catalogue): ProvinceGroup[] {
  let tree = trees.get(archive);
  if (!tree) {
    tree = regionTree(archive);
    trees.set(archive, tree);
  }
  return tree;
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
