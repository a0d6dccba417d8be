import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveArchivePaths } from '../../../src/lib/config/paths.ts';
import { codeVersion } from '../../../src/lib/shards/code-version.ts';
import { fixtureArchive } from '../../helpers/temp-archive.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

/** A project root with a little code and the fixture archive's settings, the content folder where asked. */
function project(contentFolder = 'content') {
  const root = tempDir('code-version-');
  mkdirSync(join(root, 'src/lib'), { recursive: true });
  writeFileSync(join(root, 'src/lib/a.ts'), 'export const a = 1;\n');
  writeFileSync(join(root, 'package-lock.json'), '{}\n');
  cpSync(fixtureArchive, join(root, contentFolder), { recursive: true });
  return resolveArchivePaths({ ARCHIVE_CONTENT_DIR: contentFolder }, root);
}

describe('the code version', () => {
  it('is the same for the same code and settings, wherever the content folder lies', () => {
    expect(codeVersion(project('content'))).toBe(codeVersion(project('elsewhere/archive')));
  });

  it('changes with the code, the locked packages and the settings, but not with the reports', () => {
    const paths = project();
    const versions = [codeVersion(paths)];
    writeFileSync(join(paths.reportsDir, 'extra.md'), '---\ntitle: x\n---\n');
    expect(codeVersion(paths)).toBe(versions[0]);
    for (const [file, text] of [
      [join(paths.root, 'src/lib/a.ts'), 'export const a = 2;\n'],
      [join(paths.root, 'package-lock.json'), '{ "lockfileVersion": 3 }\n'],
      [paths.topicsFile, 'topics: []\n'],
      [paths.siteFile, 'title: 另一个\n'],
    ] as const) {
      writeFileSync(file, text);
      const version = codeVersion(paths);
      expect(versions, file).not.toContain(version);
      versions.push(version);
    }
  });
});
