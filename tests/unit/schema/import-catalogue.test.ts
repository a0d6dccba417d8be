import { readFileSync } from 'node:fs';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { importCatalogueSchema } from '../../../src/lib/schema/import-catalogue.ts';

const shipped = jsYaml.load(
  readFileSync(new URL('../../../src/lib/importer/catalogue.yml', import.meta.url), 'utf8'),
) as Record<string, unknown>;

/** The smallest catalogue the schema accepts: every required list, optional ones left out. */
const minimal = {
  chrome: [{ id: 'share-buttons', why: '分享按钮', words: ['分享到'] }],
  chromeWords: [],
  tailMarkers: [],
  cutOffs: [],
  metadataKeys: [],
  metadataValues: [],
  headingEndings: [],
  bureauNames: ['教育局'],
  siteNameEndings: [],
  documentTypes: [{ type: 'summary', words: ['总结'] }],
  coveringDocuments: [],
  titleDecorations: [],
  collectionTitles: [],
  reportMarkers: [],
};

const issuePaths = (data: unknown) =>
  importCatalogueSchema.safeParse(data).error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('the import catalogue schema', () => {
  it('accepts the shipped catalogue', () => {
    expect(importCatalogueSchema.safeParse(shipped).success).toBe(true);
  });

  it('fills a chrome rule’s optional settings with their documented defaults', () => {
    const [rule] = importCatalogueSchema.parse(minimal).chrome;
    expect(rule).toEqual({
      id: 'share-buttons',
      why: '分享按钮',
      words: ['分享到'],
      lines: [],
      patterns: [],
      maxLength: 80,
      notInSentences: false,
      numberedToo: false,
    });
  });

  it('leaves the optional lists empty when they are not written', () => {
    const parsed = importCatalogueSchema.parse(minimal);
    for (const list of [
      'inlineSpam',
      'spamQueries',
      'adWords',
      'spamPlaces',
      'spamCalls',
      'inlinePatterns',
      'markerWords',
    ] as const) {
      expect(parsed[list]).toEqual([]);
    }
  });

  it('rejects a pattern that is not a regular expression, naming where it is', () => {
    const result = importCatalogueSchema.safeParse({ ...minimal, cutOffs: ['全文共\\d+字', '(点此'] });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['cutOffs.1', '不是有效的正则表达式'],
    ]);
  });

  it('needs at least one chrome rule, bureau name and document type', () => {
    expect(issuePaths({ ...minimal, chrome: [], bureauNames: [], documentTypes: [] }).sort()).toEqual([
      'bureauNames',
      'chrome',
      'documentTypes',
    ]);
  });

  it('takes only the report types the front matter knows, and rule ids as identifiers', () => {
    expect(issuePaths({ ...minimal, documentTypes: [{ type: 'memo', words: ['备忘录'] }] })).toEqual([
      'documentTypes.0.type',
    ]);
    expect(issuePaths({ ...minimal, chrome: [{ id: 'Share Buttons', why: '分享按钮' }] })).toEqual(['chrome.0.id']);
  });

  it('rejects a misspelt field rather than ignoring it', () => {
    expect(issuePaths({ ...minimal, chromWords: [] })).toEqual(['']);
    expect(issuePaths({ ...minimal, chrome: [{ ...minimal.chrome[0], maxLenght: 10 }] })).toEqual(['chrome.0']);
  });
});
