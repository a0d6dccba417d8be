import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const search = resolve(import.meta.dirname, '../../../src/lib/search');

/** What each module of a folder imports, as written in its source. */
function importsUnder(folder: string): { file: string; specifier: string }[] {
  return readdirSync(join(search, folder))
    .filter((name) => name.endsWith('.ts'))
    .flatMap((name) =>
      [...readFileSync(join(search, folder, name), 'utf8').matchAll(/\bfrom\s+['"]([^'"]+)['"]/g)].map((match) => ({
        file: `${folder}/${name}`,
        specifier: match[1]!,
      })),
    );
}

describe('the two sides of the search index', () => {
  it('meet only in the shared modules: the builder never imports the reader', () => {
    const imports = importsUnder('build');
    expect(imports.some(({ specifier }) => specifier === '../decode-index.ts' || specifier === '../format.ts')).toBe(
      true,
    );
    expect(imports.filter(({ specifier }) => specifier.includes('/read/'))).toEqual([]);
  });

  it('leave the reader free of Node modules, so it runs in a browser', () => {
    const imports = [...importsUnder('read'), ...importsUnder('.')];
    expect(imports.length).toBeGreaterThan(10);
    expect(imports.filter(({ specifier }) => specifier.startsWith('node:'))).toEqual([]);
  });
});
