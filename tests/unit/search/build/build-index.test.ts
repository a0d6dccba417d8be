import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../../src/lib/search/build/build-index.ts';
import { indexInputOf } from '../../../../src/lib/search/build/index-input.ts';
import { yearRunsOf } from '../../../../src/lib/search/build/encode-tables.ts';
import {
  bucketPageFile,
  bucketsPerPage,
  indexFormatVersion,
  type SearchManifest,
  sectionPageFile,
  defaultSectionsPerPage,
} from '../../../../src/lib/search/format.ts';
import { loadFixtureArchive } from '../../../helpers/temp-archive.ts';

const archive = await loadFixtureArchive();
const input = indexInputOf(archive);

describe('building the index', () => {
  it('describes the archive in its manifest and lists every file it wrote', () => {
    const built = buildSearchIndex(input);
    const manifest = JSON.parse(new TextDecoder().decode(built.files.get('manifest.json'))) as SearchManifest;
    expect(manifest).toEqual(built.manifest);
    expect(manifest.version).toBe(indexFormatVersion);
    expect(manifest.reports).toBe(archive.reports.length);
    expect(manifest.sections).toBe(archive.reports.reduce((total, report) => total + report.sections.length, 0));
    expect(manifest.facets).toEqual(input.facets);
    expect(manifest.years).toEqual(yearRunsOf(archive.reports.map((report) => report.meta.year)));
    expect(manifest.facetLists.map((lengths) => lengths.length)).toEqual(input.facets.map((f) => f.values.length));
    expect([...built.files.keys()].sort()).toEqual(
      [
        'manifest.json',
        ...Array.from({ length: Math.ceil(manifest.buckets / bucketsPerPage) }, (_, page) => bucketPageFile(page)),
        'locations.bin',
        ...Array.from({ length: Math.ceil(manifest.sections / defaultSectionsPerPage) }, (_, page) =>
          sectionPageFile(page),
        ),
        'facets.bin',
        ...manifest.files.postings,
        ...manifest.files.records,
      ].sort(),
    );
  });

  it('writes a bucket page for every 1,024 buckets', () => {
    const built = buildSearchIndex(input, { bucketBytes: 0.1 });
    const pages = Math.ceil(built.manifest.buckets / bucketsPerPage);
    expect(pages).toBeGreaterThan(1);
    for (let page = 0; page < pages; page += 1) expect(built.files.has(bucketPageFile(page))).toBe(true);
    expect(built.files.has(bucketPageFile(pages))).toBe(false);
  });

  it('uses at least 64 buckets, a power of two, more for smaller buckets', () => {
    const large = buildSearchIndex(input).manifest.buckets;
    const small = buildSearchIndex(input, { bucketBytes: 1 }).manifest.buckets;
    expect(large).toBe(64);
    expect(Math.log2(small) % 1).toBe(0);
    expect(small).toBeGreaterThan(large);
  });

  it('writes the same files in one pass or several', () => {
    const one = buildSearchIndex(input, { bucketBytes: 64 });
    const several = buildSearchIndex(input, { bucketBytes: 64, occurrencesPerPass: 200 });
    expect(one.stats.passes).toBe(1);
    expect(several.stats.passes).toBeGreaterThan(3);
    expect(several.stats.terms).toBe(one.stats.terms);
    expect(several.files).toEqual(one.files);
  });
});
