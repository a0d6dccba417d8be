import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../../src/lib/search/build/build-index.ts';
import { indexInputOf } from '../../../../src/lib/search/build/index-input.ts';
import { memorySource } from '../../../../src/lib/search/build/memory-source.ts';
import type { IndexSource } from '../../../../src/lib/search/index-source.ts';
import { SearchIndex } from '../../../../src/lib/search/read/search-index.ts';
import { loadFixtureArchive } from '../../../helpers/temp-archive.ts';

const archive = await loadFixtureArchive();
const files = buildSearchIndex(indexInputOf(archive)).files;

/** A memory source that counts range requests and can fail the next ones. */
function countingSource(fileMap = files) {
  const source = memorySource(fileMap);
  const counts = { ranges: 0, failures: 0 };
  const counting: IndexSource = {
    ...source,
    range: async (name, offset, length) => {
      counts.ranges += 1;
      if (counts.failures > 0) {
        counts.failures -= 1;
        throw new Error('connection dropped');
      }
      return source.range(name, offset, length);
    },
  };
  return { source: counting, counts };
}

describe('opening the index', () => {
  it('knows each section’s report and each report’s first section', async () => {
    const index = await SearchIndex.open(memorySource(files));
    let section = 0;
    archive.reports.forEach((report, number) => {
      expect(index.firstSection[number]).toBe(section);
      for (const _ of report.sections) expect(index.reportOfSection[section++]).toBe(number);
      expect(index.reportOfSection[index.manifest.sections + number]).toBe(number);
    });
    expect(index.reports.map((report) => report.year)).toEqual(archive.reports.map((report) => report.meta.year));
  });

  it('refuses an index of another format version, asking for a rebuild', async () => {
    const manifest = JSON.parse(new TextDecoder().decode(files.get('manifest.json')));
    const other = new Map(files).set(
      'manifest.json',
      new TextEncoder().encode(JSON.stringify({ ...manifest, version: 99 })),
    );
    await expect(SearchIndex.open(memorySource(other))).rejects.toThrow(/格式版本是 99.*请重新生成网站/);
  });
});

describe('reading on demand', () => {
  it('reads a report’s head and the texts of the sections asked for', async () => {
    const index = await SearchIndex.open(memorySource(files));
    const number = archive.reports.findIndex((report) => report.slug === 'dongshan-2021-summary');
    const report = archive.reports[number]!;
    const header = await index.header(number);
    expect(header).toMatchObject({
      slug: report.slug,
      title: report.meta.title,
      issuer: report.meta.issuer,
      year: 2021,
    });
    expect(header.sections.map(([anchor, heading]) => [anchor, heading])).toEqual(
      report.sections.map((section) => [section.id, section.heading]),
    );
    expect(await index.sectionTexts(number, [2, 0])).toEqual([report.sections[2]!.text, report.sections[0]!.text]);
  });

  it('fetches and decodes a term’s bucket once', async () => {
    const { source, counts } = countingSource();
    const index = await SearchIndex.open(source);
    const first = await index.postings('t:教育局');
    expect(await index.postings('t:教育局')).toBe(first);
    expect(counts.ranges).toBe(1);
    expect(await index.postings('t:没有的')).toBeUndefined();
  });

  it('forgets a failed download, so the next query tries again', async () => {
    const { source, counts } = countingSource();
    const index = await SearchIndex.open(source);
    counts.failures = 1;
    await expect(index.postings('b:教师')).rejects.toThrow('connection dropped');
    expect((await index.postings('b:教师'))?.sections.length).toBeGreaterThan(0);
    counts.failures = 1;
    await expect(index.header(0)).rejects.toThrow('connection dropped');
    expect((await index.header(0)).slug).toBe(archive.reports[0]!.slug);
  });

  it('reads the facet codes once, when first asked', async () => {
    const index = await SearchIndex.open(memorySource(files));
    const codes = await index.facetCodes();
    expect(await index.facetCodes()).toBe(codes);
    expect(codes).toHaveLength(archive.reports.length);
    const years = index.manifest.facets.find((facet) => facet.key === 'year')!;
    const number = archive.reports.findIndex((report) => report.slug === 'beicheng-2020-report');
    expect(codes[number]!['year']!.map((code) => years.values[code]!.value)).toEqual(['2020']);
  });
});
