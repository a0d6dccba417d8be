import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ArchivePaths } from '../config/paths.ts';

/** What shapes every shard's output besides its own reports: the code, its locked packages, the static files. */
const codeInputs = ['src', 'public', 'astro.config.mjs', 'package-lock.json'];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * One hash for the code and the settings every page is built with (site.yml,
 * topics.yml): when it changes, every shard is rebuilt; when it does not, a
 * shard whose reports are unchanged can be taken from the cache.
 */
export function codeVersion(paths: ArchivePaths): string {
  const code = codeInputs
    .flatMap((input) => filesUnder(join(paths.root, input)))
    .map((file) => ({ file, name: relative(paths.root, file).split('\\').join('/') }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // Settings are named by their role, so the hash does not change with where the content folder lies.
  const settings = [
    { file: paths.siteFile, name: 'content:site.yml' },
    { file: paths.topicsFile, name: 'content:topics.yml' },
  ].filter(({ file }) => existsSync(file));
  const files = [...code, ...settings];
  const hash = createHash('sha256');
  for (const { file, name } of files) hash.update(`${name}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}
