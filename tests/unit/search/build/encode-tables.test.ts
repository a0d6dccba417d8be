import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  encodeBucketTable,
  encodeFacets,
  encodeMeta,
  encodeRecord,
} from '../../../../src/lib/search/build/encode-tables.ts';
import type { IndexInput } from '../../../../src/lib/search/build/index-input.ts';
import { ByteReader } from '../../../../src/lib/search/byte-codec.ts';
import type { RecordHeader, ReportRecord, SearchManifest } from '../../../../src/lib/search/format.ts';
import { decodeFacets, decodeLocations, decodeMeta } from '../../../../src/lib/search/decode-index.ts';

const record = (slug: string, year: number | null, sections: ReportRecord['sections']): ReportRecord => ({
  slug,
  title: `${slug} 工作总结`,
  issuer: '东山县教育局',
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

describe('the meta table', () => {
  it('gives back each report’s section count and year, and where its record is', () => {
    const records = [
      { file: 0, offset: 0, length: 40 },
      { file: 0, offset: 40, length: 25 },
      { file: 1, offset: 0, length: 30 },
    ];
    const reports = input.reports.map(({ record }) => ({ sectionCount: record.sections.length, year: record.year }));
    expect(decodeMeta(encodeMeta(reports, records))).toEqual([
      { sectionCount: 1, year: 2021, record: records[0] },
      { sectionCount: 2, year: null, record: records[1] },
      { sectionCount: 0, year: 1987, record: records[2] },
    ]);
  });
});

describe('the facet table', () => {
  it('gives back every report’s codes, facet by facet', () => {
    const manifest = { reports: 3, facets: input.facets } as SearchManifest;
    const codes = input.reports.map(({ facetCodes }) => facetCodes);
    expect(decodeFacets(encodeFacets(input.facets.length, codes), manifest)).toEqual([
      { year: [0], topic: [1, 0] },
      { year: [], topic: [] },
      { year: [0], topic: [1] },
    ]);
  });
});

describe('the bucket table', () => {
  it('gives back each bucket’s file, and offsets that follow from the lengths', () => {
    const buckets = [
      { file: 0, offset: 0, length: 10 },
      { file: 0, offset: 10, length: 7 },
      { file: 1, offset: 0, length: 3 },
      { file: 1, offset: 3, length: 0 },
    ];
    expect(decodeLocations(new ByteReader(encodeBucketTable(buckets)), 4)).toEqual(buckets);
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
