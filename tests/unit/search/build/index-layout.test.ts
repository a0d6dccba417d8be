import { describe, expect, it } from 'vitest';
import {
  bucketCountFor,
  defaultBucketBytes,
  encodeManifest,
  manifestOf,
} from '../../../../src/lib/search/build/index-layout.ts';
import { indexFormatVersion } from '../../../../src/lib/search/format.ts';

describe('the bucket count', () => {
  it('is at least 64, a power of two, and grows with the characters so buckets stay near their size', () => {
    expect(bucketCountFor(0, defaultBucketBytes)).toBe(64);
    expect(bucketCountFor(100_000, defaultBucketBytes)).toBe(64);
    const large = bucketCountFor(200_000_000, defaultBucketBytes);
    expect(Math.log2(large) % 1).toBe(0);
    expect((200_000_000 * 1.2) / large).toBeLessThanOrEqual(defaultBucketBytes);
    expect((200_000_000 * 1.2) / large).toBeGreaterThan(defaultBucketBytes / 2);
    expect(bucketCountFor(200_000_000, defaultBucketBytes / 4)).toBe(large * 4);
  });
});

describe('the manifest', () => {
  it('lists its fields in one order whatever order they come in, so equal indexes give equal bytes', () => {
    const fields = {
      facets: [],
      facetLists: [],
      years: [[2021, 2]] as [number | null, number][],
      records: ['records-0.bin'],
      postings: ['postings-0.bin', 'postings-1.bin'],
      buckets: 64,
      sectionsPerPage: 4096,
      segmentFrom: 512,
      characters: 1234,
      sections: 9,
      reports: 2,
    };
    const manifest = manifestOf(fields);
    expect(Object.keys(manifest)).toEqual([
      'version',
      'reports',
      'sections',
      'characters',
      'buckets',
      'sectionsPerPage',
      'segmentFrom',
      'files',
      'facets',
      'facetLists',
      'years',
    ]);
    expect(manifest.version).toBe(indexFormatVersion);
    expect(manifest.files).toEqual({ postings: fields.postings, records: fields.records });
    expect(JSON.parse(new TextDecoder().decode(encodeManifest(manifest)))).toEqual(manifest);
    expect(encodeManifest(manifestOf({ ...fields }))).toEqual(encodeManifest(manifest));
  });
});
