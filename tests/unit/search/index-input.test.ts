import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../../src/lib/archive/load-archive.ts';
import { resolveArchivePaths } from '../../../src/lib/config/paths.ts';
import { indexInputOf, indexPath, indexVersionOf } from '../../../src/lib/search/build/index-input.ts';
import { findIndexDirectory } from '../../../src/lib/search/build/directory-source.ts';
import { fixtureArchive } from '../../helpers/temp-archive.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const archive = await loadArchive({ paths: resolveArchivePaths({ ARCHIVE_CONTENT_DIR: fixtureArchive }) });

describe('the index version', () => {
  it('is the same for the same content', () => {
    expect(indexVersionOf(indexInputOf(archive))).toBe(indexVersionOf(indexInputOf(archive)));
    expect(indexVersionOf(indexInputOf(archive))).toMatch(/^[0-9a-f]{12}$/);
  });

  it('changes with one character of one section, a title, or a facet value', () => {
    const base = indexVersionOf(indexInputOf(archive));
    const input = indexInputOf(archive);
    const section = input.reports[0]!.record.sections[0]!;
    section[2] = `${section[2]}。`;
    expect(indexVersionOf(input)).not.toBe(base);

    const retitled = indexInputOf(archive);
    retitled.reports[1]!.record.title += '（修订）';
    expect(indexVersionOf(retitled)).not.toBe(base);

    const recoded = indexInputOf(archive);
    recoded.reports[0]!.facetCodes[1] = [...recoded.reports[0]!.facetCodes[1]!, 0];
    expect(indexVersionOf(recoded)).not.toBe(base);
  });

  it('names the folder under the base path', () => {
    expect(indexPath('/', 'abc123abc123')).toBe('/search-index/abc123abc123/');
    expect(indexPath('/archive', 'abc123abc123')).toBe('/archive/search-index/abc123abc123/');
  });
});

describe('finding a built index', () => {
  it('finds the version folder that holds a manifest, and nothing in a site without one', () => {
    const site = tempDir('site-');
    expect(findIndexDirectory(site)).toBeUndefined();
    mkdirSync(join(site, 'search-index', 'empty'), { recursive: true });
    mkdirSync(join(site, 'search-index', '0123456789ab'), { recursive: true });
    writeFileSync(join(site, 'search-index', '0123456789ab', 'manifest.json'), '{}');
    expect(findIndexDirectory(site)).toBe(join(site, 'search-index', '0123456789ab'));
  });
});
