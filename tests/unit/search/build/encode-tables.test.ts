import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  encodeBucketPage,
  encodeLocations,
  encodeRecord,
  encodeSectionPages,
  yearRunsOf,
} from '../../../../src/lib/search/build/encode-tables.ts';
import type { IndexInput } from '../../../../src/lib/search/build/index-input.ts';
import { ByteReader } from '../../../../src/lib/search/byte-codec.ts';
import {
  locationBytes,
  type RecordHeader,
  type ReportRecord,
  defaultSectionsPerPage as sectionsPerPage,
} from '../../../../src/lib/search/format.ts';
import { decodeBucketPage, decodeLocation, decodeSectionPage } from '../../../../src/lib/search/decode-index.ts';

const record = (slug: string, year: number | null, sections: ReportRecord['sections']): ReportRecord => ({
  slug,
  title: `${slug} 工作总结`,
  issuer: '东山县教育局',
  region: '福建省 漳州市 东山县',
  year,
  type: 'summary',
  script: 'zh-Hans',
  sections,
});

const input: IndexInput = {
  facets: [
    { key: 'year', label: '年份', param: 'year', values: [{ value: '2021', label: '2021年' }] },
    {
      key: 'topic',
      label: '主题',
      param: 'topic',
      values: [
        { value: 'teachers', label: '教师队伍' },
        { value: 'ict', label: '教育信息化' },
      ],
    },
  ],
  reports: [
    { record: record('a', 2021, [['s-1', null, '导语']]), facetCodes: [[0], [1, 0]], sha256: 'a' },
    {
      record: record('b', null, [
        ['s-1', '一、概况', '正文'],
        ['s-2', '二、问题', ''],
      ]),
      facetCodes: [[], []],
      sha256: 'b',
    },
    { record: record('c', 1987, []), facetCodes: [[0], [1]], sha256: 'c' },
  ],
};

describe('the record locations', () => {
  it('give back each report’s record location from its own twelve bytes', () => {
    const records = [
      { file: 0, offset: 0, length: 40 },
      { file: 0, offset: 40, length: 25 },
      { file: 1, offset: 0, length: 70_000 },
    ];
    const bytes = encodeLocations(records);
    expect(bytes.length).toBe(3 * locationBytes);
    records.forEach((location, report) => {
      expect(decodeLocation(bytes.subarray(report * locationBytes, (report + 1) * locationBytes))).toEqual(location);
    });
  });
});

describe('the years', () => {
  it('are runs of equal years in archive order', () => {
    expect(yearRunsOf([2021, 2021, 2020, null, null])).toEqual([
      [2021, 2],
      [2020, 1],
      [null, 2],
    ]);
    expect(yearRunsOf([2021, 2020, 2021])).toEqual([
      [2021, 1],
      [2020, 1],
      [2021, 1],
    ]);
    expect(yearRunsOf([])).toEqual([]);
  });
});

describe('the section pages', () => {
  /** Each section id's report, from the pages alone. */
  function reportsFromPages(counts: number[]): number[] {
    const reports: number[] = [];
    encodeSectionPages(counts, sectionsPerPage).forEach((bytes, page) => {
      const { firstReport, starts } = decodeSectionPage(bytes);
      const pageStart = page * sectionsPerPage;
      expect(starts[0]).toBeLessThanOrEqual(pageStart);
      for (let section = pageStart; section < Math.min(starts.at(-1)!, pageStart + sectionsPerPage); section += 1) {
        let index = starts.length - 2;
        while (starts[index]! > section) index -= 1;
        reports.push(firstReport + index);
      }
    });
    return reports;
  }

  it('tell the report of every section, across reports that span pages and reports without sections', () => {
    const counts = [3, 0, sectionsPerPage, 0, 0, 5, sectionsPerPage * 2 + 1, 0, 4];
    const expected = counts.flatMap((count, report) => Array<number>(count).fill(report));
    expect(encodeSectionPages(counts, sectionsPerPage)).toHaveLength(Math.ceil(expected.length / sectionsPerPage));
    expect(reportsFromPages(counts)).toEqual(expected);
  });

  it('are none for an archive without sections', () => {
    expect(encodeSectionPages([0, 0], sectionsPerPage)).toEqual([]);
  });
});

describe('a bucket page', () => {
  it('gives back each bucket’s file and tail, and offsets that follow from the first offset and the lengths', () => {
    const buckets = [
      { file: 0, offset: 120, length: 10, tail: 0 },
      { file: 0, offset: 130, length: 7, tail: 4 },
      { file: 1, offset: 0, length: 3, tail: 0 },
      { file: 1, offset: 3, length: 0, tail: 0 },
    ];
    expect(decodeBucketPage(encodeBucketPage(buckets))).toEqual(buckets);
  });
});

describe('a record', () => {
  it('is a head with each section’s byte length, then the texts in one stream', () => {
    const bytes = encodeRecord(input.reports[1]!.record);
    const reader = new ByteReader(bytes);
    const headLength = reader.varint();
    const head = JSON.parse(new TextDecoder().decode(inflateRawSync(reader.bytes(headLength)))) as RecordHeader;
    expect(head).toEqual({
      slug: 'b',
      title: 'b 工作总结',
      issuer: '东山县教育局',
      region: '福建省 漳州市 东山县',
      year: null,
      type: 'summary',
      script: 'zh-Hans',
      sections: [
        ['s-1', '一、概况', 6],
        ['s-2', '二、问题', 0],
      ],
    });
    expect(new TextDecoder().decode(inflateRawSync(bytes.subarray(reader.offset)))).toBe('正文');
  });
});
