import { loadArchive } from '../../src/lib/archive/load-archive.ts';
import type { Archive } from '../../src/lib/archive/types.ts';
import { resolveArchivePaths } from '../../src/lib/config/paths.ts';
import { type BuildIndexOptions, buildSearchIndex } from '../../src/lib/search/build/build-index.ts';
import { indexInputOf } from '../../src/lib/search/build/index-input.ts';
import { memorySource } from '../../src/lib/search/build/memory-source.ts';
import { SearchIndex } from '../../src/lib/search/read/search-index.ts';
import { fixtureArchive } from './temp-archive.ts';

/** The fixture archive, loaded as of a fixed day. */
export function loadFixtureArchive(): Promise<Archive> {
  return loadArchive({
    paths: resolveArchivePaths({ ARCHIVE_CONTENT_DIR: fixtureArchive }),
    now: new Date('2026-06-01'),
  });
}

/** An archive's search index, built in memory and opened. */
export function openIndexOf(archive: Archive, options: BuildIndexOptions = {}): Promise<SearchIndex> {
  return SearchIndex.open(memorySource(buildSearchIndex(indexInputOf(archive), options).files));
}
