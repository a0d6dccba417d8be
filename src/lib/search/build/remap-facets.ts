import type { FacetValueTable } from '../format.ts';
import type { PartReader } from './index-part.ts';

/**
 * Every report's facet codes in the merged index, in merged order: each
 * part's codes index its own value tables, so they are mapped through the
 * value strings to codes of the merged tables.
 */
export function remapFacetCodes(
  readers: readonly PartReader[],
  facets: readonly FacetValueTable[],
  order: { partOf: Int32Array; localOf: Int32Array },
): number[][][] {
  const perPart = readers.map((reader) => {
    const codes = reader.facetCodes();
    const maps = facets.map((facet) => {
      const table = reader.manifest.facets.find((candidate) => candidate.key === facet.key);
      if (!table) throw new Error(`合并检索索引：${reader.label}没有分面 ${facet.key}`);
      const merged = new Map(facet.values.map(({ value }, code) => [value, code]));
      return table.values.map(({ value }) => merged.get(value) ?? -1);
    });
    return { codes, maps, reader };
  });
  return Array.from(order.partOf, (part, position) => {
    const { codes, maps, reader } = perPart[part]!;
    const report = codes[order.localOf[position]!]!;
    return facets.map((facet, index) =>
      (report[facet.key] ?? []).map((code) => {
        const mapped = maps[index]![code] ?? -1;
        if (mapped < 0) {
          throw new Error(
            `合并检索索引：${reader.label}的分面 ${facet.key} 有合并后的取值表里没有的取值（编号 ${code}）`,
          );
        }
        return mapped;
      }),
    );
  });
}
