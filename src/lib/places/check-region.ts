import { ancestorsOf, divisionsByShortName, regionOfDivision, type Division } from './divisions.ts';
import { lookUp, narrow, parts, within, type Lookup, type Part, type Region } from './region-parts.ts';

interface RegionProblem {
  field: `region.${Part}`;
  message: string;
  hint?: string;
}

const levelLabels: Record<Part, string> = { province: '省级', city: '地级', county: '县级' };

/**
 * What is wrong with a report's region: a part that names no known division,
 * a division written in the wrong part, or parts that do not nest (a county
 * outside the city or province written beside it). Traditional script is
 * accepted; placeholders such as XX县 are skipped.
 */
export function checkRegion(region: Region): RegionProblem[] {
  const lookups = lookUp(region);
  const problems: RegionProblem[] = [];
  for (const part of parts) {
    const lookup = lookups[part];
    if (!lookup) continue;
    if (lookup.named.length === 0) problems.push(unknown(part, lookup.name));
    else if (lookup.fitting.length === 0) problems.push(misplaced(part, lookup.name, lookup.named[0]!));
  }

  const { province, city, county } = lookups;
  const provinces = province?.fitting ?? [];
  if (city && notWithin(city.fitting, provinces)) problems.push(outside('city', city, province!.name));
  const cities = narrow(city?.fitting ?? [], provinces);
  const containers = cities.length > 0 ? cities : provinces;
  if (county && notWithin(county.fitting, containers)) {
    problems.push(outside('county', county, cities.length > 0 ? city!.name : province!.name));
  }
  return problems.sort((a, b) => parts.indexOf(fieldPart(a)) - parts.indexOf(fieldPart(b)));
}

function fieldPart(problem: RegionProblem): Part {
  return problem.field.slice('region.'.length) as Part;
}

function notWithin(divisions: readonly Division[], containers: readonly Division[]): boolean {
  return (
    divisions.length > 0 &&
    containers.length > 0 &&
    !divisions.some((division) => containers.some((container) => within(division, container)))
  );
}

function unknown(part: Part, name: string): RegionProblem {
  // 清丰 or 恩施州 (a short name, with or without a generic ending) most likely means the full name.
  const stems = [name, name.replace(/[省市县区旗州盟]$/, '')];
  const guesses = [...new Set(stems.flatMap((stem) => divisionsByShortName(stem)).map((division) => division.name))];
  return {
    field: `region.${part}`,
    message: `「${name}」不是已知的行政区划`,
    hint:
      guesses.length > 0
        ? `是不是${guesses
            .slice(0, 3)
            .map((guess) => `「${guess}」`)
            .join('或')}？行政区划要写全称`
        : '按国家行政区划代码（GB/T 2260）的全称写，例如 清丰县；原文隐去的地名照录，例如 XX县',
  };
}

function misplaced(part: Part, name: string, division: Division): RegionProblem {
  const region = regionOfDivision(division);
  const example = parts.flatMap((key) => (region[key] ? [`${key}: ${region[key]}`] : [])).join(', ');
  return {
    field: `region.${part}`,
    message: `「${name}」是${levelLabels[division.level]}行政区划，应写在 region.${division.level}`,
    hint: `例如 region: { ${example} }`,
  };
}

function outside(part: Part, lookup: Lookup, containerName: string): RegionProblem {
  const places = lookup.fitting.map((division) =>
    ancestorsOf(division.code)
      .map((ancestor) => ancestor.name)
      .join(''),
  );
  const official = lookup.fitting[0]!.name;
  return {
    field: `region.${part}`,
    message: `「${lookup.name}」不属于「${containerName}」`,
    hint: places.some(Boolean)
      ? `${official}属于${places.filter(Boolean).join('、')}`
      : `${official}是直辖市，region.province 也应写${official}`,
  };
}
