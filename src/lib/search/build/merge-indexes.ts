import {
  type BucketLocation,
  defaultSectionsPerPage,
  defaultSegmentFrom,
  type FacetValueTable,
  manifestFile,
  type SearchManifest,
  type SegmentLayout,
} from '../format.ts';
import { encodeBucket, emptyBucket } from './encode-postings.ts';
import { type IndexPart, PartReader } from './index-part.ts';
import { bucketCountFor, defaultBucketBytes, defaultFileBytes, encodeManifest, manifestOf } from './index-layout.ts';
import { writeIndexTables } from './index-tables.ts';
import { mergeFacetLists } from './merge-facets.ts';
import { mergeTermPostings, type TermSource } from './merge-postings.ts';
import { FilePacker } from './pack-files.ts';
import { entryOf } from './segment-postings.ts';

export interface MergeStats {
  reports: number;
  /** Distinct terms of the merged index. */
  terms: number;
  /**
   * The most bytes of index files held at once: the parts' postings or
   * records files being read and the merged file being filled. Decoded
   * buckets, the bucket being built and a few numbers per report and per
   * section come on top.
   */
  peakFileBytes: number;
  seconds: number;
}

/** Where each report of the merged order comes from: its part and its place in that part. */
export interface MergedOrder {
  partOf: Int32Array;
  localOf: Int32Array;
}

/**
 * Merges shard indexes into the index that buildSearchIndex would build from
 * all their reports, byte for byte, reading each part front to back: bucket
 * after bucket (buckets are the top bits of a term's hash, so every part's
 * buckets line up with the merged ones), then record after record. Files go to
 * `write` as they are complete, manifest.json last. `facets` are the merged
 * index's value tables; the parts' codes are mapped to them by value.
 */
export function mergeSearchIndexes(
  parts: readonly IndexPart[],
  facets: FacetValueTable[],
  write: (name: string, bytes: Uint8Array) => void,
  options: { bucketBytes?: number; fileBytes?: number } = {},
): { manifest: SearchManifest; stats: MergeStats } {
  const merge = openMerge(parts, options.bucketBytes);
  const packer = packMerged(merge, write, options.fileBytes);
  mergeBucketRange(merge, 0, merge.buckets, packer.add);
  return packer.finish(facets);
}

/**
 * Packs a merge's buckets into postings files as they come, in order; then
 * `finish` writes what follows them. Every way of merging (one thread,
 * workers, slices) ends here, so their files are the same bytes.
 */
export function packMerged(
  merge: OpenMerge,
  write: (name: string, bytes: Uint8Array) => void,
  fileBytes = defaultFileBytes,
): {
  add: (bucket: Uint8Array) => void;
  finish: (facets: FacetValueTable[]) => { manifest: SearchManifest; stats: MergeStats };
} {
  const postings = new FilePacker('postings', fileBytes, write);
  const locations: BucketLocation[] = [];
  return {
    add: (bucket) => {
      locations.push(postings.addBucket(bucket));
      merge.measure(postings);
    },
    finish: (facets) => finishMerge(merge, { locations, names: postings.finish() }, facets, write, fileBytes),
  };
}

/** What every step of a merge shares: the parts being read and how their reports and sections map to the merged ones. */
export interface OpenMerge {
  readers: PartReader[];
  order: MergedOrder;
  /** Per merged report: its number of sections and its year (null when undated). */
  sectionCounts: number[];
  years: (number | null)[];
  /** Real sections of the merged index; title pseudo-sections follow them. */
  sections: number;
  characters: number;
  buckets: number;
  /** How the merged index pages its sections and cuts common terms: the parts', which must agree. */
  layout: SegmentLayout;
  sectionMaps: Int32Array[];
  terms: number;
  peakFileBytes: number;
  started: number;
  /** Notes the bytes of index files held now, for the stats. */
  measure(packer: FilePacker): void;
}

/** Opens the parts and works out the merged order, section numbering and bucket count. */
export function openMerge(parts: readonly IndexPart[], bucketBytes = defaultBucketBytes): OpenMerge {
  const started = performance.now();
  const readers = parts.map((part, index) => new PartReader(part, index));
  const order = mergedOrderOf(readers);
  const sectionCounts = Array.from(
    order.partOf,
    (part, position) => readers[part]!.sectionCounts[order.localOf[position]!]!,
  );
  const years = Array.from(order.partOf, (part, position) => readers[part]!.years[order.localOf[position]!]!);
  const firstSection = new Int32Array(sectionCounts.length);
  let sections = 0;
  sectionCounts.forEach((count, position) => {
    firstSection[position] = sections;
    sections += count;
  });
  const characters = readers.reduce((total, reader) => total + reader.manifest.characters, 0);
  const { sectionsPerPage, segmentFrom } = readers[0]?.manifest ?? {
    sectionsPerPage: defaultSectionsPerPage,
    segmentFrom: defaultSegmentFrom,
  };
  for (const { manifest, label } of readers) {
    if (manifest.sectionsPerPage !== sectionsPerPage || manifest.segmentFrom !== segmentFrom) {
      throw new Error(
        `合并检索索引：${label}的小节分页（${manifest.sectionsPerPage}）或分段起点（${manifest.segmentFrom}）与第 1 个分片索引不同`,
      );
    }
  }
  const merge: OpenMerge = {
    readers,
    order,
    sectionCounts,
    years,
    sections,
    characters,
    buckets: bucketCountFor(characters, bucketBytes),
    layout: { sections, reports: sectionCounts.length, sectionsPerPage, segmentFrom },
    sectionMaps: readers.map((reader) => reader.sectionMap(firstSection, sections)),
    terms: 0,
    peakFileBytes: 0,
    started,
    measure: (packer) => {
      const held = readers.reduce((total, reader) => total + reader.heldBytes, packer.heldBytes);
      merge.peakFileBytes = Math.max(merge.peakFileBytes, held);
    },
  };
  return merge;
}

/**
 * Merges the buckets `from` … `to` − 1, handing each bucket's bytes to `emit`
 * in order. Ranges of one merge must be asked for in increasing order.
 */
export function mergeBucketRange(merge: OpenMerge, from: number, to: number, emit: (bucket: Uint8Array) => void): void {
  const { readers, sectionMaps, buckets } = merge;
  const totalSections = merge.sections + merge.sectionCounts.length;
  for (let bucket = from; bucket < to; bucket += 1) {
    const sources = new Map<string, TermSource[]>();
    readers.forEach((reader, part) => {
      for (const { key, bytes } of reader.termsIn(bucket, buckets)) {
        const list = sources.get(key) ?? [];
        list.push({ bytes, sectionMap: sectionMaps[part]! });
        sources.set(key, list);
      }
    });
    const entries = [...sources].map(([key, list]) =>
      entryOf(key, mergeTermPostings(key, list, totalSections), merge.layout),
    );
    merge.terms += entries.length;
    emit(entries.length > 0 ? encodeBucket(entries) : emptyBucket());
  }
}

/** Writes what follows the postings: the bucket table, the records in merged order, meta, facets and the manifest. */
function finishMerge(
  merge: OpenMerge,
  postings: { locations: readonly BucketLocation[]; names: string[] },
  facets: FacetValueTable[],
  write: (name: string, bytes: Uint8Array) => void,
  fileBytes = defaultFileBytes,
): { manifest: SearchManifest; stats: MergeStats } {
  const { readers, order } = merge;
  const reports = order.partOf.length;
  for (const reader of readers) reader.release();

  const records = new FilePacker('records', fileBytes, write);
  const recordLocations = Array.from(order.partOf, (part, position) => {
    const location = records.add(readers[part]!.record(order.localOf[position]!));
    merge.measure(records);
    return location;
  });
  const recordsNames = records.finish();
  for (const reader of readers) reader.release();
  const tables = writeIndexTables(
    {
      buckets: postings.locations,
      records: recordLocations,
      sectionCounts: merge.sectionCounts,
      sectionsPerPage: merge.layout.sectionsPerPage,
      years: merge.years,
      facetLists: mergeFacetLists(readers, facets),
    },
    write,
  );

  const manifest = manifestOf({
    reports,
    sections: merge.sections,
    characters: merge.characters,
    buckets: merge.buckets,
    sectionsPerPage: merge.layout.sectionsPerPage,
    segmentFrom: merge.layout.segmentFrom,
    postings: postings.names,
    records: recordsNames,
    facets,
    ...tables,
  });
  write(manifestFile, encodeManifest(manifest));
  const seconds = (performance.now() - merge.started) / 1000;
  return {
    manifest,
    stats: { reports, terms: merge.terms, peakFileBytes: merge.peakFileBytes, seconds },
  };
}

/**
 * The merged order from the parts' positions, which must be strictly
 * increasing within a part and together exactly 0 … N − 1.
 */
function mergedOrderOf(readers: readonly PartReader[]): MergedOrder {
  const total = readers.reduce((sum, reader) => sum + reader.manifest.reports, 0);
  const partOf = new Int32Array(total).fill(-1);
  const localOf = new Int32Array(total);
  readers.forEach((reader, part) => {
    const { positions, label } = reader;
    if (positions.length !== reader.manifest.reports) {
      throw new Error(`合并检索索引：${label}有 ${reader.manifest.reports} 篇报告，却给了 ${positions.length} 个位置`);
    }
    for (let local = 0; local < positions.length; local += 1) {
      const position = positions[local]!;
      if (!Number.isInteger(position) || position < 0 || position >= total) {
        throw new Error(`合并检索索引：${label}的位置 ${position} 不在 0 到 ${total - 1} 之间`);
      }
      if (local > 0 && position <= positions[local - 1]!) {
        throw new Error(`合并检索索引：${label}的位置不是严格递增的（${positions[local - 1]} 之后是 ${position}）`);
      }
      if (partOf[position] !== -1) {
        throw new Error(`合并检索索引：位置 ${position} 同时属于第 ${partOf[position]! + 1} 个和${label}`);
      }
      partOf[position] = part;
      localOf[position] = local;
    }
  });
  return { partOf, localOf };
}
