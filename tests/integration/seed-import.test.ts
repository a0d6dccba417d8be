import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listReportFiles } from '../../src/lib/archive/load-archive.ts';
import { runCommand } from '../helpers/site-build.ts';
import { tempArchive } from '../helpers/temp-archive.ts';

/**
 * The raw seed pages live beside the repository (../shared/seeds), not in it:
 * they are other sites' pages. CI always has them, so there the comparison
 * must run; a clone without them says why it leaves this file out.
 */
const repository = resolve(import.meta.dirname, '../..');
const seeds = resolve(repository, '../shared/seeds');
const present = existsSync(seeds);
if (!present && process.env['CI']) throw new Error(`CI needs the seed pages at ${seeds}`);

/** A report file's body as the archive keeps it: everything after the front matter, topic braces aside. */
function body(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/ \{[a-z -]+\}$/gm, '');
}

describe.runIf(present)('importing the seed pages', () => {
  it('gives the nine archived reports, their bodies byte for byte', async () => {
    const paths = tempArchive({});
    const result = runCommand([join(repository, 'scripts/import.ts'), seeds], {
      ARCHIVE_CONTENT_DIR: paths.contentDir,
    });
    expect(result.status).toBe(0);
    const imported = (await listReportFiles(paths.reportsDir)).map(body).sort();
    const archived = (await listReportFiles(join(repository, 'content/reports'))).map(body).sort();
    expect(imported).toHaveLength(9);
    expect(imported).toEqual(archived);
  });
});
