import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repository = resolve(import.meta.dirname, '../..');
const library = join(repository, 'src/lib');
const tests = join(repository, 'tests');

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((name) => join(folder, name));
}

/**
 * Every runtime module of the core. Declaration files are left out: they only
 * describe packages' types and hold nothing a test could run.
 */
function libraryModules(): string[] {
  return filesUnder(library).filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'));
}

// `from './x.ts'`, `import './x.ts'`, `import('./x.ts')` and a worker's `new URL('./x.ts', import.meta.url)`:
// every way a file names a module it loads.
const specifierPattern = /(?:\bfrom|\bimport|\bnew URL)\s*\(?\s*['"](\.{1,2}\/[^'"]+\.ts)['"]/g;

/** The modules the files under tests/ import directly, as absolute paths. */
function modulesImportedByTests(): Set<string> {
  const imported = new Set<string>();
  const sources = filesUnder(tests).filter(
    (file) => file.endsWith('.ts') && !relative(tests, file).startsWith('fixtures'),
  );
  for (const file of sources) {
    for (const match of readFileSync(file, 'utf8').matchAll(specifierPattern)) {
      imported.add(resolve(dirname(file), match[1]!));
    }
  }
  return imported;
}

describe('the tests of src/lib', () => {
  it('find the modules they are meant to check', () => {
    const modules = libraryModules();
    expect(modules.length).toBeGreaterThan(100);
    expect(modules).toContain(join(library, 'text/hash.ts'));
    expect(modules.some((file) => file.endsWith('.d.ts'))).toBe(false);
  });

  // A module only reached through others is tested by accident: a change to its contract goes unnoticed.
  it('import every module under src/lib at least once', () => {
    const imported = modulesImportedByTests();
    const untested = libraryModules()
      .filter((file) => !imported.has(file))
      .map((file) => relative(repository, file))
      .sort();
    expect(untested, `modules no file under tests/ imports:\n${untested.join('\n')}`).toEqual([]);
  });
});
