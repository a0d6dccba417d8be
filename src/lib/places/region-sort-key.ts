import type { Division } from './divisions.ts';
import { lookUp, narrow, parts, type Lookup, type Part, type Region } from './region-parts.ts';

/** The divisions a region most likely means: where a name is shared (朝阳区), the one inside the other parts. */
function resolve(lookups: Partial<Record<Part, Lookup>>): Partial<Record<Part, Division>> {
  const provinces = lookups.province?.fitting ?? [];
  const cities = narrow(lookups.city?.fitting ?? [], provinces);
  const counties = narrow(lookups.county?.fitting ?? [], cities.length > 0 ? cities : provinces);
  return { ...optional('province', provinces[0]), ...optional('city', cities[0]), ...optional('county', counties[0]) };
}

function optional(part: Part, division: Division | undefined): Partial<Record<Part, Division>> {
  return division ? { [part]: division } : {};
}

/**
 * A key that orders regions by GB/T 2260 code, so places come in the official
 * order (北京, 天津, 河北 … and within a city its districts, then its counties).
 * It is the code of the most precise part the region names and the data knows.
 * When a more precise part is named but unknown or hidden (XX县), the key is
 * that code's significant digits followed by `~`, which sorts after every code
 * inside it: 濮阳市 XX县 comes after 清丰县 and the other counties of 濮阳.
 * A region with no known part gets `~` alone. Compare keys by code unit, not
 * with a collator.
 */
export function regionSortKey(region: Region): string {
  const lookups = lookUp(region);
  const resolved = resolve(lookups);
  const known = parts.filter((part) => resolved[part]).at(-1);
  if (!known) return '~';
  const code = resolved[known]!.code;
  const vaguer = parts.slice(parts.indexOf(known) + 1).some((part) => region[part]?.trim());
  return vaguer ? `${code.replace(/(?:00)+$/, '')}~` : code;
}
