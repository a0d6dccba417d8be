import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readGallery, scoreImport } from '../../../scripts/bench/import-gallery.ts';
import { importBytes } from '../../../src/lib/importer/import-text.ts';
import { vocabularySchema } from '../../../src/lib/schema/topic.ts';
import { createTagger } from '../../../src/lib/topics/tagger.ts';

const vocabulary = vocabularySchema.parse(
  parse(readFileSync(resolve(import.meta.dirname, '../../../content/topics.yml'), 'utf8')),
);
const tagger = createTagger(vocabulary.topics);
const cases = readGallery(resolve(import.meta.dirname, '../../fixtures/importer/gallery'));

describe('the gallery of raw pages in template-site styles', () => {
  it('holds at least 40 pages in at least 20 styles', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((gallery) => gallery.style)).size).toBeGreaterThanOrEqual(20);
  });

  it.each(cases.map((gallery) => [gallery.name, gallery] as const))(
    '%s comes out as its golden reports',
    (_, gallery) => {
      const outcome = importBytes(gallery.page, { tagger });
      const score = scoreImport(gallery, outcome);
      expect(score.differences.map((difference) => `#${difference.report} ${difference.message}`)).toEqual([]);
      // Nothing is cut silently: every line the page lost is reported with its rule.
      if (outcome.ok)
        expect(
          outcome.removals.every((removal) => removal.line > 0 && removal.text !== '' && removal.rule !== ''),
        ).toBe(true);
    },
  );
});
