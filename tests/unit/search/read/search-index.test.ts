import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { buildSearchIndex } from '../../../../src/lib/search/build/build-index.ts';
import { encodeSectionPages } from '../../../../src/lib/search/build/encode-tables.ts';
import { indexInputOf } from '../../../../src/lib/search/build/index-input.ts';
import { memorySource } from '../../../../src/lib/search/build/memory-source.ts';
import { indexFormatVersion, sectionPageFile } from '../../../../src/lib/search/format.ts';
import type { IndexSource } from '../../../../src/lib/search/index-source.ts';
import { SearchIndex } from '../../../../src/lib/search/read/search-index.ts';
import { loadFixtureArchive } from '../../../helpers/temp-archive.ts';

const archive = await loadFixtureArchive();
const files = buildSearchIndex(indexInputOf(archive)).files;

/** A memory source that counts range requests and can fail the next ones. */
function countingSource(fileMap = files) {
  const source = memorySource(fileMap);
  const counts = { ranges: 0, failures: 0, files: [] as string[] };
  const counting: IndexSource = {
    ...source,
    file: async (name) => {
      counts.files.push(name);
      return source.file(name);
    },
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
  it('reads only the manifest, and knows each report’s year from it', async () => {
    const read: string[] = [];
    const source = memorySource(files);
    const index = await SearchIndex.open({
      ...source,
      file: (name) => {
        read.push(name);
        return source.file(name);
      },
    });
    expect(read).toEqual(['manifest.json']);
    expect(archive.reports.map((_, number) => index.yearOf(number))).toEqual(
      archive.reports.map((report) => report.meta.year),
    );
  });

  it('knows each section’s report and each report’s first section once their section page is loaded', async () => {
    const index = await SearchIndex.open(memorySource(files));
    const all = Int32Array.from({ length: index.manifest.sections + index.manifest.reports }, (_, section) => section);
    expect(() => index.reportOfSection(0)).toThrow();
    await index.loadSections(all);
    let section = 0;
    archive.reports.forEach((report, number) => {
      if (report.sections.length > 0) expect(index.firstSectionOf(number)).toBe(section);
      for (const _ of report.sections) expect(index.reportOfSection(section++)).toBe(number);
      expect(index.reportOfSection(index.manifest.sections + number)).toBe(number);
    });
  });

  it('fetches only the section pages of the sections asked for, across pages and reports that span them', async () => {
    // Pages of the size the manifest gives.
    const sectionsPerPage = 8;
    const counts = [3, 0, sectionsPerPage, 0, 5, sectionsPerPage * 2 + 1, 4];
    const sections = counts.reduce((total, count) => total + count, 0);
    const manifest = {
      version: indexFormatVersion,
      reports: counts.length,
      sections,
      sectionsPerPage,
      years: [[null, counts.length]],
    };
    const pages = new Map<string, Uint8Array>([['manifest.json', new TextEncoder().encode(JSON.stringify(manifest))]]);
    for (const [number, page] of encodeSectionPages(counts, sectionsPerPage).entries())
      pages.set(sectionPageFile(number), deflateRawSync(page));
    const read: string[] = [];
    const source = memorySource(pages);
    const index = await SearchIndex.open({
      ...source,
      file: (name) => {
        read.push(name);
        return source.file(name);
      },
    });
    const firsts = counts.map((_, report) => counts.slice(0, report).reduce((total, count) => total + count, 0));
    const wanted = [2, 3, sectionsPerPage * 2 + 3, sections - 1];
    await index.loadSections(Int32Array.from(wanted));
    expect(read).toEqual(['manifest.json', sectionPageFile(0), sectionPageFile(2), sectionPageFile(4)]);
    expect(wanted.map((section) => index.reportOfSection(section))).toEqual([0, 2, 5, 6]);
    expect([0, 2, 5, 6].map((report) => index.firstSectionOf(report))).toEqual([0, 2, 5, 6].map((r) => firsts[r]));
    expect(index.reportOfSection(sections + 4)).toBe(4);
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
    const first = await index.postings('t:教育局', index.everything);
    expect(await index.postings('t:教育局', index.everything)).toBe(first);
    expect(counts.ranges).toBe(1);
    expect(counts.files).toEqual(['manifest.json', 'buckets-0.bin']);
    expect(await index.postings('t:没有的', index.everything)).toBeUndefined();
  });

  it('forgets a failed download, so the next query tries again', async () => {
    const { source, counts } = countingSource();
    const index = await SearchIndex.open(source);
    counts.failures = 1;
    await expect(index.postings('b:教师', index.everything)).rejects.toThrow('connection dropped');
    expect((await index.postings('b:教师', index.everything))?.sections.length).toBeGreaterThan(0);
    counts.failures = 1;
    await expect(index.header(0)).rejects.toThrow('connection dropped');
    expect((await index.header(0)).slug).toBe(archive.reports[0]!.slug);
  });

  it('reads one facet value’s reports with one range, and a facet’s values all in one', async () => {
    const { source, counts } = countingSource();
    const index = await SearchIndex.open(source);
    const years = index.manifest.facets.findIndex((facet) => facet.key === 'year');
    const code = index.manifest.facets[years]!.values.findIndex((value) => value.value === '2020');
    const expected = archive.reports.flatMap((report, number) => (report.meta.year === 2020 ? [number] : []));
    const list = await index.facetList(years, code);
    expect([...list]).toEqual(expected);
    expect(await index.facetList(years, code)).toBe(list);
    expect(counts.ranges).toBe(1);
    const topics = index.manifest.facets.findIndex((facet) => facet.key === 'topic');
    const lists = await index.facetValueLists(topics);
    expect(counts.ranges).toBe(2);
    index.manifest.facets[topics]!.values.forEach(({ value }, topic) => {
      const having = archive.reports.flatMap((report, number) => (report.topics.includes(value) ? [number] : []));
      expect([...lists[topic]!]).toEqual(having);
    });
  });
});
