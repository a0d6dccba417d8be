import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type BuildIndexOptions, buildSearchIndex } from '../../../../src/lib/search/build/build-index.ts';
import { indexInputOf, indexVersionOf } from '../../../../src/lib/search/build/index-input.ts';
import { loadFixtureArchive } from '../../../helpers/temp-archive.ts';

const archive = await loadFixtureArchive();
const input = indexInputOf(archive);

const recorded = '../../../fixtures/search/index-hashes.json';
const howToUpdate =
  'The search index bytes changed. A refactor must not change them; if the format is meant to change ' +
  '(raise indexFormatVersion) or the fixture archive changed (the "input" hash differs), record the new hashes with ' +
  '`npx vitest run --config tests/vitest.config.ts --project unit tests/unit/search/build/index-bytes.test.ts -u` and review the diff.';

function fingerprint(options: BuildIndexOptions) {
  const built = buildSearchIndex(input, options);
  const files = [...built.files].sort(([a], [b]) => (a < b ? -1 : 1));
  return {
    passes: built.stats.passes,
    files: Object.fromEntries(files.map(([name, bytes]) => [name, createHash('sha256').update(bytes).digest('hex')])),
  };
}

describe('the bytes of the index built from the fixture archive', () => {
  it('are the recorded ones, with default settings and with small buckets, several passes and split files', async () => {
    const small = fingerprint({ bucketBytes: 256, occurrencesPerPass: 300, fileBytes: 2048 });
    expect(small.passes).toBeGreaterThan(1);
    expect(Object.keys(small.files).filter((name) => name.startsWith('postings-')).length).toBeGreaterThan(1);
    const hashes = { input: indexVersionOf(input, 'fixture-code'), default: fingerprint({}).files, small: small.files };
    await expect(`${JSON.stringify(hashes, null, 2)}\n`, howToUpdate).toMatchFileSnapshot(recorded);
  });
});
