import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../../scripts/corpus/random.ts';
import { type BuildIndexOptions, buildSearchIndex } from '../../../../src/lib/search/build/build-index.ts';
import { type IndexInput, indexInputOf } from '../../../../src/lib/search/build/index-input.ts';
import type { IndexPart } from '../../../../src/lib/search/build/index-part.ts';
import { mergeSearchIndexes } from '../../../../src/lib/search/build/merge-indexes.ts';
import { decodeBucket, decodeBucketPage, splitBucketBlob } from '../../../../src/lib/search/decode-index.ts';
import {
  bucketsPerPage,
  indexFormatVersion,
  postingsShape,
  type SearchManifest,
} from '../../../../src/lib/search/format.ts';
import { buildParts, generatedIndexInput } from '../../../helpers/index-parts.ts';
import { loadFixtureArchive } from '../../../helpers/temp-archive.ts';

const fixture = indexInputOf(await loadFixtureArchive());
const generated = generatedIndexInput(120, 7);
/** For one part per report: a build per report is the slow part of these tests. */
const fewer = generatedIndexInput(40, 5);
/** Merging dozens of parts takes seconds on a busy machine. */
const slow = 30_000;

/** Splits of n reports into parts: `partOf[i]` is the part of report i. */
const splits = {
  whole: (n: number) => ({ partOf: Array<number>(n).fill(0), parts: 1 }),
  halves: (n: number) => ({ partOf: Array.from({ length: n }, (_, i) => (i < n / 2 ? 0 : 1)), parts: 2 }),
  interleaved: (n: number) => ({ partOf: Array.from({ length: n }, (_, i) => i % 3), parts: 3 }),
  /** Seven parts at random, the last of them empty. */
  random: (n: number) => {
    const random = createRandom(n);
    return { partOf: Array.from({ length: n }, () => random.int(0, 5)), parts: 7 };
  },
  onePerReport: (n: number) => ({ partOf: Array.from({ length: n }, (_, i) => i), parts: n }),
};

const gaps = 0;
const bitmap = 1;

/** How each section-list term of an index is written: as gaps or as a bitmap. */
function sectionListModes(files: Map<string, Uint8Array>): Map<string, number> {
  const manifest = manifestOf(files);
  const locations = [...files.keys()]
    .filter((name) => /^buckets-\d+\.bin$/.test(name))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))
    .flatMap((name) => decodeBucketPage(inflateRawSync(files.get(name)!)));
  expect(locations).toHaveLength(manifest.buckets);
  const modes = new Map<string, number>();
  for (const { file, offset, length } of locations) {
    const packed = files.get(manifest.files.postings[file]!)!.subarray(offset, offset + length);
    const { directory, data } = decodeBucket(inflateRawSync(splitBucketBlob(packed).directory));
    for (const [key, entry] of directory) if (!postingsShape(key).positional) modes.set(key, data[entry.offset]!);
  }
  return modes;
}

/** Buckets with segmented terms: those whose tail is not empty. */
function segmentedBuckets(files: Map<string, Uint8Array>): number {
  return [...files.keys()]
    .filter((name) => /^buckets-\d+\.bin$/.test(name))
    .flatMap((name) => decodeBucketPage(inflateRawSync(files.get(name)!)))
    .filter((location) => location.tail > 0).length;
}

function manifestOf(files: Map<string, Uint8Array>): SearchManifest {
  return JSON.parse(new TextDecoder().decode(files.get('manifest.json'))) as SearchManifest;
}

/** Merges the parts of a split and checks every file against the index built from all reports at once. */
function expectMergeEqualsBuild(
  input: IndexInput,
  split: { partOf: number[]; parts: number },
  options: { part?: BuildIndexOptions | BuildIndexOptions[]; merged?: BuildIndexOptions } = {},
) {
  const expected = buildSearchIndex(input, options.merged);
  const parts = buildParts(input, split.partOf, split.parts, options.part);
  const written: [string, Uint8Array][] = [];
  const merged = mergeSearchIndexes(
    parts.map(({ part }) => part),
    input.facets,
    (name, bytes) => written.push([name, bytes]),
    options.merged,
  );
  expect(written.map(([name]) => name)).toEqual([...expected.files.keys()]);
  expect(written.at(-1)![0]).toBe('manifest.json');
  for (const [name, bytes] of written) {
    expect(Buffer.compare(bytes, expected.files.get(name)!), `${name} differs`).toBe(0);
  }
  expect(merged.manifest).toEqual(expected.manifest);
  expect(merged.stats.terms).toBe(expected.stats.terms);
  expect(merged.stats.reports).toBe(input.reports.length);
  return { parts: parts.map(({ files }) => files), merged, expected };
}

describe('merging shard indexes', () => {
  for (const [name, split] of Object.entries(splits)) {
    it(`gives the fixture archive's index byte for byte, split ${name}`, () => {
      expectMergeEqualsBuild(fixture, split(fixture.reports.length));
    });

    it(
      `gives a generated archive's index byte for byte, split ${name}, in several files`,
      () => {
        const input = name === 'onePerReport' ? fewer : generated;
        const { expected } = expectMergeEqualsBuild(input, split(input.reports.length), {
          part: { fileBytes: 3000 },
          merged: { fileBytes: 4000, bucketBytes: 64 },
        });
        expect(expected.manifest.buckets).toBeGreaterThan(64);
        expect(expected.manifest.files.postings.length).toBeGreaterThan(1);
        expect(expected.manifest.files.records.length).toBeGreaterThan(1);
      },
      slow,
    );
  }

  it('cuts common terms into the segments one build cuts, from parts that cut theirs at other sections', () => {
    const layout = { sectionsPerPage: 64, segmentFrom: 12 };
    for (const split of [splits.interleaved, splits.random]) {
      const { parts, expected } = expectMergeEqualsBuild(generated, split(generated.reports.length), {
        part: layout,
        merged: layout,
      });
      expect(segmentedBuckets(expected.files)).toBeGreaterThan(0);
      expect(parts.filter((files) => segmentedBuckets(files) > 0).length).toBeGreaterThan(1);
    }
  });

  it('refuses parts built with other section pages or segment sizes', () => {
    const parts = buildParts(generated, splits.halves(generated.reports.length).partOf, 2, [
      { sectionsPerPage: 64 },
      { sectionsPerPage: 128 },
    ]);
    expect(() =>
      mergeSearchIndexes(
        parts.map(({ part }) => part),
        generated.facets,
        () => undefined,
      ),
    ).toThrow('第 2 个分片索引的小节分页（128）');
    const thresholds = buildParts(generated, splits.halves(generated.reports.length).partOf, 2, [
      { segmentFrom: 12 },
      { segmentFrom: 24 },
    ]);
    expect(() =>
      mergeSearchIndexes(
        thresholds.map(({ part }) => part),
        generated.facets,
        () => undefined,
      ),
    ).toThrow('分段起点（24）');
  });

  it('merges parts with more buckets than the merged index', () => {
    const { parts, expected } = expectMergeEqualsBuild(generated, splits.interleaved(generated.reports.length), {
      part: { bucketBytes: 16 },
    });
    expect(parts.every((files) => manifestOf(files).buckets > expected.manifest.buckets)).toBe(true);
  });

  it('merges parts whose buckets fill several bucket pages, into an index whose buckets do too', () => {
    const { parts, expected } = expectMergeEqualsBuild(generated, splits.halves(generated.reports.length), {
      part: { bucketBytes: 1 },
      merged: { bucketBytes: 1 },
    });
    expect(parts.every((files) => manifestOf(files).buckets > bucketsPerPage)).toBe(true);
    expect(expected.manifest.buckets).toBeGreaterThan(bucketsPerPage);
  });

  it('merges parts with fewer buckets than the merged index, and parts of different bucket counts', () => {
    const { parts, expected } = expectMergeEqualsBuild(generated, splits.random(generated.reports.length), {
      merged: { bucketBytes: 32 },
    });
    const counts = parts.map((files) => manifestOf(files).buckets);
    expect(counts.every((count) => count < expected.manifest.buckets)).toBe(true);
    const mixed = expectMergeEqualsBuild(generated, splits.halves(generated.reports.length), {
      part: [{ bucketBytes: 16 }, {}],
      merged: { bucketBytes: 128 },
    });
    const [larger, smaller] = mixed.parts.map((files) => manifestOf(files).buckets);
    expect(larger).toBeGreaterThan(mixed.expected.manifest.buckets);
    expect(smaller).toBeLessThan(mixed.expected.manifest.buckets);
  });

  it(
    'chooses between a gap list and a bitmap by the merged index’s section count, not the part’s',
    () => {
      const { parts, expected } = expectMergeEqualsBuild(fewer, splits.onePerReport(fewer.reports.length));
      const merged = sectionListModes(expected.files);
      const inParts = parts.map(sectionListModes);
      const changed = (mergedMode: number) =>
        [...merged].filter(
          ([key, mode]) => mode === mergedMode && inParts.some((modes) => modes.get(key) === 1 - mergedMode),
        );
      expect(changed(bitmap).length).toBeGreaterThan(0);
      expect(changed(gaps).length).toBeGreaterThan(0);
    },
    slow,
  );

  it('maps facet codes by value from part tables that hold fewer values in another order', () => {
    const { parts, expected } = expectMergeEqualsBuild(generated, splits.interleaved(generated.reports.length));
    for (const files of parts) {
      const values = manifestOf(files).facets.map((facet) => facet.values.map(({ value }) => value));
      const all = expected.manifest.facets.map((facet) => facet.values.map(({ value }) => value));
      expect(values).not.toEqual(all);
      values.forEach((list, facet) => {
        expect(all[facet]).toEqual(expect.arrayContaining(list));
      });
    }
  });

  it('holds about one postings or records file per part and the merged file being filled', () => {
    const fileBytes = 2000;
    const split = splits.interleaved(generated.reports.length);
    const { parts, merged } = expectMergeEqualsBuild(generated, split, {
      part: { fileBytes },
      merged: { fileBytes },
    });
    const largest = (files: Map<string, Uint8Array>) =>
      Math.max(...[...files].filter(([name]) => /^(postings|records)-/.test(name)).map(([, data]) => data.length));
    const bound = parts.reduce((total, files) => total + largest(files), 0) + fileBytes;
    const everything = parts.reduce(
      (total, files) => total + [...files.values()].reduce((sum, d) => sum + d.length, 0),
      0,
    );
    expect(merged.stats.peakFileBytes).toBeGreaterThan(0);
    expect(merged.stats.peakFileBytes).toBeLessThanOrEqual(bound);
    expect(merged.stats.peakFileBytes).toBeLessThan(everything / 2);
  });
});

describe('merging no parts at all', () => {
  it('gives the index of an empty archive', () => {
    const written = new Map<string, Uint8Array>();
    mergeSearchIndexes([], fixture.facets, (name, bytes) => written.set(name, bytes));
    expect(written).toEqual(buildSearchIndex({ facets: fixture.facets, reports: [] }).files);
  });
});

describe('merging shard indexes refuses', () => {
  // Reports 0 and 2 in the first part, 1 and 3 in the second.
  const [first, second] = buildParts(fixture, [0, 1, 0, 1], 2).map(({ part }) => part);
  const merge = (parts: IndexPart[], facets = fixture.facets) => mergeSearchIndexes(parts, facets, () => {});

  it('positions that are not exactly the merged order’s 0 … N − 1, each in one part, increasing within a part', () => {
    expect(() => merge([first!, second!])).not.toThrow();
    expect(() => merge([first!, { ...second!, positions: [0, 3] }])).toThrow(/位置 0 同时属于第 1 个和第 2 个分片索引/);
    expect(() => merge([first!, { ...second!, positions: [1, 4] }])).toThrow(/位置 4 不在 0 到 3 之间/);
    expect(() => merge([first!, { ...second!, positions: [1.5, 3] }])).toThrow(/位置 1.5/);
    expect(() => merge([first!, { ...second!, positions: [3, 1] }])).toThrow(/不是严格递增/);
    expect(() => merge([first!, { ...second!, positions: [1] }])).toThrow(/有 2 篇报告，却给了 1 个位置/);
    expect(() => merge([first!])).toThrow(/位置 2 不在 0 到 1 之间/);
  });

  it('a part of another index format version', () => {
    const manifest = JSON.parse(new TextDecoder().decode(second!.readFile('manifest.json'))) as SearchManifest;
    const older = new TextEncoder().encode(JSON.stringify({ ...manifest, version: indexFormatVersion - 1 }));
    const stale: IndexPart = {
      positions: second!.positions,
      readFile: (name) => (name === 'manifest.json' ? older : second!.readFile(name)),
    };
    expect(() => merge([first!, stale])).toThrow(`第 2 个分片索引的格式版本是 ${indexFormatVersion - 1}`);
  });

  it('facet tables that lack a facet or a value of a part', () => {
    const extra = { key: 'extra', label: '其他', param: 'extra', values: [] };
    expect(() => merge([first!, second!], [...fixture.facets, extra])).toThrow(/第 1 个分片索引没有分面 extra/);
    const used = fixture.facets.findIndex((_, facet) =>
      fixture.reports.some((report) => report.facetCodes[facet]!.length > 0),
    );
    const emptied = fixture.facets.map((facet, index) => (index === used ? { ...facet, values: [] } : facet));
    expect(() => merge([first!, second!], emptied)).toThrow(/取值表里没有的取值/);
  });
});
