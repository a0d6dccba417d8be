import type { Archive } from '../../src/lib/archive/types.ts';
import { type BuildIndexOptions, buildSearchIndex } from '../../src/lib/search/build/build-index.ts';
import { indexInputOf } from '../../src/lib/search/build/index-input.ts';
import { memorySource } from '../../src/lib/search/build/memory-source.ts';
import { SearchIndex } from '../../src/lib/search/read/search-index.ts';

/** An archive's search index, built in memory and opened. */
export function openIndexOf(archive: Archive, options: BuildIndexOptions = {}): Promise<SearchIndex> {
  return SearchIndex.open(memorySource(buildSearchIndex(indexInputOf(archive), options).files));
}
