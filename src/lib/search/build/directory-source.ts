import { existsSync, readdirSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { indexFolder, manifestFile } from '../format.ts';
import type { IndexSource } from '../index-source.ts';

/** Reads a built index from disk, for the command-line search and the tests. */
export function directorySource(directory: string): IndexSource {
  return {
    file: async (name) => new Uint8Array(await readFile(join(directory, name))),
    range: async (name, offset, length) => {
      const handle = await open(join(directory, name), 'r');
      try {
        const buffer = new Uint8Array(length);
        await handle.read(buffer, 0, length, offset);
        return buffer;
      } finally {
        await handle.close();
      }
    },
    inflate: async (bytes) => new Uint8Array(inflateRawSync(bytes)),
  };
}

/** The folder of a built site's index (search-index/<version>/), or undefined when the site has none. */
export function findIndexDirectory(siteDir: string): string | undefined {
  const root = join(siteDir, indexFolder);
  if (!existsSync(root)) return undefined;
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, manifestFile)))
    .map((entry) => join(root, entry.name))[0];
}
