import type { Catalogue } from '../archive/types.ts';
import { countFacet, facets, type Facet, type FacetCount } from '../facets/registry.ts';
import { sortOrderLabels } from '../format/labels.ts';
import { sortOrders, type SortOrder } from '../search/read/run-search.ts';
import { indexEntryFiles } from '../search/format.ts';
import { indexPath } from '../search/build/index-input.ts';

interface SearchPageView {
  /** Folder of this build's search index. */
  index: string;
  /** The index files every search reads first, fetched while the page's script loads: the first results come a few round trips sooner. */
  preloads: string[];
  /** Each facet's filter, with the archive-wide count of every value. */
  facets: (Pick<Facet, 'key' | 'label' | 'param'> & { values: FacetCount[] })[];
  sortOptions: { value: SortOrder; label: string }[];
}

/** The search page of the index named `version` (indexVersionOf). */
export function searchPageView(archive: Catalogue, base: string, version: string): SearchPageView {
  const index = indexPath(base, version);
  return {
    index,
    preloads: indexEntryFiles.map((file) => `${index}${file}`),
    facets: facets.map((facet) => ({
      key: facet.key,
      label: facet.label,
      param: facet.param,
      values: countFacet(archive, facet),
    })),
    sortOptions: sortOrders.map((order) => ({ value: order, label: sortOrderLabels[order] })),
  };
}
