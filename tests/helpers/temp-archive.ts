import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadArchive } from '../../src/lib/archive/load-archive.ts';
import { catalogueOf } from '../../src/lib/archive/catalogue.ts';
import type { Archive, Catalogue } from '../../src/lib/archive/types.ts';
import { resolveArchivePaths, type ArchivePaths } from '../../src/lib/config/paths.ts';
import { tempDir } from './temp-dir.ts';

export const fixtureArchive = resolve(import.meta.dirname, '../fixtures/archive');

/** The fixture archive, loaded as of a fixed day so that nothing in it depends on when the tests run. */
export function loadFixtureArchive(): Promise<Archive> {
  return loadArchive({
    paths: resolveArchivePaths({ ARCHIVE_CONTENT_DIR: fixtureArchive }),
    now: new Date('2026-06-01'),
  });
}

/** The fixture archive as the national pages see it: report summaries. */
export async function loadFixtureCatalogue(): Promise<Catalogue> {
  return catalogueOf(await loadFixtureArchive());
}

/**
 * A throwaway content folder with the fixture archive's site.yml and
 * topics.yml and the given report files (path under reports/ → contents).
 */
export function tempArchive(
  reports: Record<string, string | Uint8Array>,
  { withFixtureReports = false } = {},
): ArchivePaths {
  const root = tempDir('archive-');
  const content = join(root, 'content');
  mkdirSync(join(content, 'reports'), { recursive: true });
  for (const file of ['site.yml', 'topics.yml']) cpSync(join(fixtureArchive, file), join(content, file));
  if (withFixtureReports) cpSync(join(fixtureArchive, 'reports'), join(content, 'reports'), { recursive: true });
  for (const [path, data] of Object.entries(reports)) {
    const file = join(content, 'reports', path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, data);
  }
  return resolveArchivePaths({ ARCHIVE_CONTENT_DIR: content, ARCHIVE_OUT_DIR: join(root, 'dist') }, root);
}

/** A minimal valid report with the given body and front-matter overrides. */
export function reportFile(body: string, fields: Record<string, string> = {}): string {
  const meta: Record<string, string> = {
    title: '测试报告',
    issuer: '测试县教育局',
    year: '2020',
    type: 'summary',
    source: '{ name: 测试 }',
    ...fields,
  };
  const lines = Object.entries(meta).map(([key, value]) => `${key}: ${value}`);
  return ['---', ...lines, '---', '', body, ''].join('\n');
}
