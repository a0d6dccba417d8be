import { resolveArchivePaths } from '../config/paths.ts';
import { loadArchive } from './load-archive.ts';
import type { Archive } from './types.ts';

let pending: Promise<Archive> | undefined;

/**
 * The archive as the site sees it, read once per build from the folders named
 * by ARCHIVE_CONTENT_DIR. Every page shares the same copy.
 */
export function getArchive(base = '/'): Promise<Archive> {
  pending ??= loadArchive({ paths: resolveArchivePaths(), base });
  return pending;
}
