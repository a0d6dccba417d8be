import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import jsYaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../../scripts/corpus/write-corpus.ts';
import { splitFrontMatter } from '../../../src/lib/markdown/front-matter.ts';
import { parseYamlDocument } from '../../../src/lib/validation/yaml-document.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const repository = resolve(import.meta.dirname, '../../..');

/** Every file under `dir` whose name ends with `ending`. */
function filesUnder(dir: string, ending: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ending))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The YAML a file holds: its front matter for a report, the whole file otherwise. */
function yamlOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.md')) return text;
  const split = splitFrontMatter(text);
  if (!split.ok) throw new Error(`${file}: no front matter`);
  return split.frontMatter;
}

/**
 * Reports are read with js-yaml (the fast path) and, when anything is wrong,
 * again with yaml (positions for diagnostics); the importer writes them with
 * yaml. Both must read every file the same way, or a report could validate
 * on one path and not the other.
 */
function expectSameReading(files: readonly string[]) {
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const yaml = yamlOf(file);
    const fast = jsYaml.load(yaml, { schema: jsYaml.CORE_SCHEMA });
    const positioned = parseYamlDocument(yaml);
    expect(positioned.errors, file).toEqual([]);
    expect(positioned.value, file).toEqual(fast);
  }
}

describe('the two YAML readers', () => {
  let corpus: string;
  beforeAll(async () => {
    corpus = join(tempDir('yaml-corpus-'), 'content');
    await writeCorpus({ reports: 120, outDir: corpus, seed: 5, topicsFile: join(repository, 'content/topics.yml') });
  });

  it('read the archive, its settings and the importer catalogue alike', () => {
    expectSameReading([
      ...filesUnder(join(repository, 'content'), '.md'),
      ...filesUnder(join(repository, 'content'), '.yml'),
      join(repository, 'src/lib/importer/catalogue.yml'),
    ]);
  });

  it("read the fixture archive and the gallery's golden files alike", () => {
    expectSameReading([
      ...filesUnder(join(repository, 'tests/fixtures/archive'), '.md'),
      ...filesUnder(join(repository, 'tests/fixtures/importer/gallery'), '.md').filter((file) =>
        file.includes('/expected/'),
      ),
      ...filesUnder(join(repository, 'tests/fixtures/importer/gallery'), 'case.yml'),
    ]);
  });

  it('read a generated corpus alike', () => {
    expectSameReading(filesUnder(corpus, '.md'));
  });

  it('read the values where YAML versions differ alike, as the core schema does', () => {
    const tricky = 'a: yes\nb: 0o17\nc: 2020-11-26\nd: ~\ne: 1_000\nf: .5\ng: "20xx"\nh: [清丰县, 濮阳市]\n';
    expect(parseYamlDocument(tricky).value).toEqual(jsYaml.load(tricky, { schema: jsYaml.CORE_SCHEMA }));
  });
});
