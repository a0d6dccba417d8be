import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCatalogue } from '../../../src/lib/importer/catalogue.ts';
import { importBytes } from '../../../src/lib/importer/import-text.ts';
import { type Removal, structuralRules } from '../../../src/lib/importer/removals.ts';
import { fixtureTopics } from '../../helpers/fixture-topics.ts';

const importer = resolve(import.meta.dirname, '../../fixtures/importer');
const chromeRuleIds = new Set(importCatalogue().chrome.map((rule) => rule.id));

/** The saved pages of the importer's fixtures: the hand-made ones and every tenth page of the gallery. */
function savedPages(): { name: string; bytes: Uint8Array }[] {
  const pages = readdirSync(join(importer, 'pages')).map((name) => ({
    name,
    bytes: readFileSync(join(importer, 'pages', name)),
  }));
  const gallery = join(importer, 'gallery');
  const cases = readdirSync(gallery, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  for (const entry of cases.filter((_, index) => index % 10 === 0)) {
    const page = readdirSync(join(gallery, entry.name)).find((name) => name.startsWith('page.'))!;
    pages.push({ name: `${entry.name}/${page}`, bytes: readFileSync(join(gallery, entry.name, page)) });
  }
  return pages;
}

describe('the rules that remove text from a page', () => {
  it('each say in Chinese what they remove', () => {
    for (const [rule, description] of Object.entries(structuralRules)) {
      expect(rule).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(description).toMatch(/\p{Script=Han}/u);
    }
  });
});

describe('what the importer removes from saved pages', () => {
  const { tagger } = fixtureTopics();
  const removals: { page: string; removal: Removal }[] = [];
  for (const page of savedPages()) {
    const outcome = importBytes(page.bytes, { tagger });
    if (outcome.ok) removals.push(...outcome.removals.map((removal) => ({ page: page.name, removal })));
  }

  it('is recorded for the reviewer', () => {
    expect(removals.length).toBeGreaterThan(100);
  });

  it('names, for every cut, a structural rule or a chrome rule of the catalogue', () => {
    const unnamed = removals
      .filter(({ removal }) => !(removal.rule in structuralRules) && !chromeRuleIds.has(removal.rule))
      .map(({ page, removal }) => `${page}: ${removal.rule}`);
    expect(unnamed).toEqual([]);
  });

  it('says where each cut was and what it took', () => {
    const vague = removals.filter(
      ({ removal }) => !Number.isInteger(removal.line) || removal.line < 1 || removal.text.trim() === '',
    );
    expect(vague.map(({ page, removal }) => `${page}: ${JSON.stringify(removal)}`)).toEqual([]);
  });
});
