import { resolveArchivePaths } from '../config/paths.ts';
import { loadArchive } from './load-archive.ts';
import type { Archive } from './types.ts';

/**
 * The archive is read once per build. Astro runs the integration and the page
 * bundles as separate module instances in one process, so the cache lives on
 * globalThis: the build's first step loads and validates the archive, and
 * every page reuses that copy.
 */
const storeKey = Symbol.for('edu-bureau-archive.archives');
type Store = Map<string, Promise<Archive>>;

function store(): Store {
  const holder = globalThis as { [storeKey]?: Store };
  holder[storeKey] ??= new Map();
  return holder[storeKey];
}

/** The archive read from ARCHIVE_CONTENT_DIR, with links under `base`. */
export function getArchive(base = '/'): Promise<Archive> {
  const paths = resolveArchivePaths();
  const key = `${paths.contentDir}\n${base}`;
  let archive = store().get(key);
  if (!archive) {
    archive = loadArchive({ paths, base });
    store().set(key, archive);
  }
  return archive;
}

/** Forgets every loaded archive, so the next request reads the content folder again. */
export function forgetArchives(): void {
  store().clear();
}
