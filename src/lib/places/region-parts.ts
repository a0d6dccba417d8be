import { foldText } from '../text/fold.ts';
import { ancestorsOf, divisionsNamed, type Division } from './divisions.ts';

/** The parts of a report's region, as its front matter names them. */
export type Part = 'province' | 'city' | 'county';
export type Region = { readonly [part in Part]?: string | undefined };

export const parts: readonly Part[] = ['province', 'city', 'county'];

/** Source texts hide names as XX县, ××市 or **区: such a part names no particular place, so there is nothing to check. */
const placeholder = /[x×*]/;

export interface Lookup {
  /** As the report writes it. */
  name: string;
  /** Every division of that name, whatever its level. */
  named: readonly Division[];
  /** Those that may stand in this part of a region. */
  fitting: readonly Division[];
}

/**
 * Whether a division may be written in a part. A city part also takes a
 * municipality (region: { city: 北京市 } is how many reports put it) and a
 * county-level unit governed by its province (湖北 仙桃市, code xx90xx), which
 * has no city above it and is run like one.
 */
function fits(part: Part, division: Division): boolean {
  if (part !== 'city') return division.level === part;
  if (division.level === 'province') return division.name.endsWith('市');
  return division.level === 'city' || division.code.slice(2, 4) === '90';
}

/** Each part the region names, placeholders left out, with every division its name could mean. */
export function lookUp(region: Region): Partial<Record<Part, Lookup>> {
  const lookups: Partial<Record<Part, Lookup>> = {};
  for (const part of parts) {
    const name = region[part]?.trim();
    if (!name || placeholder.test(foldText(name))) continue;
    const named = divisionsNamed(name);
    lookups[part] = { name, named, fitting: named.filter((division) => fits(part, division)) };
  }
  return lookups;
}

export function within(division: Division, container: Division): boolean {
  return (
    division.code === container.code || ancestorsOf(division.code).some((ancestor) => ancestor.code === container.code)
  );
}

/** Those of `divisions` inside one of `containers`; all of them when none is, or when there is no container. */
export function narrow(divisions: readonly Division[], containers: readonly Division[]): readonly Division[] {
  if (containers.length === 0) return divisions;
  const inside = divisions.filter((division) => containers.some((container) => within(division, container)));
  return inside.length > 0 ? inside : divisions;
}
