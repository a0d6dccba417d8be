import { regionValue } from '../../facets/registry.ts';
import type { SearchManifest } from '../format.ts';

/**
 * Filters given on the command line, as facet values: --region matches a
 * province or a city by name in either script.
 */
export function filtersFromOptions(
  manifest: SearchManifest,
  options: { year?: string[]; topic?: string[]; type?: string[]; region?: string[]; level?: string[] },
): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  const add = (key: string, values: string[] | undefined) => {
    if (values && values.length > 0) filters[key] = [...(filters[key] ?? []), ...values];
  };
  add('year', options.year);
  add('topic', options.topic);
  add('type', options.type);
  add('level', options.level);
  for (const name of options.region ?? []) {
    const folded = regionValue(name);
    if (!folded) continue;
    for (const key of ['province', 'city']) {
      const facet = manifest.facets.find((candidate) => candidate.key === key);
      if (facet?.values.some((value) => value.value === folded)) add(key, [folded]);
    }
  }
  return filters;
}
