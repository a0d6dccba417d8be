import type { FacetValueTable } from '../format.ts';
import type { PartReader } from './index-part.ts';

/**
 * The report lists of the merged index's facet values: each part's list of a
 * value (found by the value string, as the parts' tables may hold other values
 * in another order) with its reports moved to their merged positions.
 */
export function mergeFacetLists(readers: readonly PartReader[], facets: readonly FacetValueTable[]): Int32Array[][] {
  return facets.map((facet) => {
    const merged = new Map(facet.values.map(({ value }) => [value, [] as number[]]));
    for (const reader of readers) {
      for (const [value, list] of reader.facetLists(facet.key)) {
        if (list.length === 0) continue;
        const target = merged.get(value);
        if (!target) {
          throw new Error(`合并检索索引：${reader.label}的分面 ${facet.key} 有合并后的取值表里没有的取值 ${value}`);
        }
        for (const report of list) target.push(reader.positions[report]!);
      }
    }
    return [...merged.values()].map((list) => Int32Array.from(list).sort());
  });
}
