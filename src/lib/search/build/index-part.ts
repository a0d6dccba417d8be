import {
  decodeBucket,
  decodeBucketPage,
  decodeLocation,
  decodeSectionPage,
  decodeSections,
  splitBucketBlob,
} from '../decode-index.ts';
import {
  type BucketLocation,
  bucketOf,
  bucketPageFile,
  bucketsPerPage,
  facetsFile,
  indexFormatVersion,
  type Location,
  locationBytes,
  locationsFile,
  manifestFile,
  type SearchManifest,
  sectionPageFile,
} from '../format.ts';
import { inflate } from './deflate.ts';
import type { BucketEntry } from './encode-postings.ts';
import { joinSegments } from './segment-postings.ts';

/** One shard's index, built by buildSearchIndex over a subsequence of the archive's reports. */
export interface IndexPart {
  /** The part's index files by name (manifest.json, the tables, postings-N.bin, records-N.bin). */
  readFile(name: string): Uint8Array;
  /** For each of the part's reports, in the part's own order: its position in the merged archive order. */
  positions: ArrayLike<number>;
}

/** A file of the part, kept while the merge reads it front to back. */
interface HeldFile {
  index: number;
  bytes: Uint8Array;
}

/**
 * One part as the merge reads it: its manifest, section counts, record
 * and bucket locations decoded up front, its postings and records files one at a time and in order, so the
 * merge holds at most one of each per part.
 */
export class PartReader {
  readonly manifest: SearchManifest;
  /** Per report of the part: its section count, year and record's location. */
  readonly sectionCounts: Int32Array;
  readonly years: (number | null)[];
  readonly records: Location[];
  readonly positions: ArrayLike<number>;
  /** Where the part is in the list of parts, for messages. */
  readonly label: string;
  private readonly part: IndexPart;
  private readonly bucketLocations: BucketLocation[];
  private postingsFile: HeldFile | undefined;
  private recordsFile: HeldFile | undefined;
  /** The next of the part's own buckets to read, and the terms read but not yet asked for, by merged bucket. */
  private nextBucket = 0;
  private readonly pending = new Map<number, BucketEntry[]>();

  constructor(part: IndexPart, index: number) {
    this.part = part;
    this.label = `第 ${index + 1} 个分片索引`;
    this.manifest = JSON.parse(new TextDecoder().decode(part.readFile(manifestFile))) as SearchManifest;
    if (this.manifest.version !== indexFormatVersion) {
      throw new Error(
        `合并检索索引：${this.label}的格式版本是 ${this.manifest.version}，这个程序写的是版本 ${indexFormatVersion}：请重新生成这个分片`,
      );
    }
    const { reports, sections, buckets, years, sectionsPerPage } = this.manifest;
    this.positions = part.positions;
    this.years = years.flatMap(([year, count]) => Array<number | null>(count).fill(year));
    const locations = part.readFile(locationsFile);
    this.records = Array.from({ length: reports }, (_, report) =>
      decodeLocation(locations.subarray(report * locationBytes, (report + 1) * locationBytes)),
    );
    this.sectionCounts = new Int32Array(reports);
    for (let page = 0; page * sectionsPerPage < sections; page += 1) {
      const { firstReport, starts } = decodeSectionPage(inflate(part.readFile(sectionPageFile(page))));
      for (let index = 0; index + 1 < starts.length; index += 1) {
        this.sectionCounts[firstReport + index] = starts[index + 1]! - starts[index]!;
      }
    }
    this.bucketLocations = [];
    for (let page = 0; page * bucketsPerPage < buckets; page += 1) {
      this.bucketLocations.push(...decodeBucketPage(inflate(part.readFile(bucketPageFile(page)))));
    }
  }

  /** Bytes of the part's files the reader holds. */
  get heldBytes(): number {
    return (this.postingsFile?.bytes.length ?? 0) + (this.recordsFile?.bytes.length ?? 0);
  }

  /**
   * Maps the part's section ids to the merged index's: real sections first,
   * then one title pseudo-section per report. The map keeps the order of the
   * part's sections, so a term's postings stay sorted.
   */
  sectionMap(firstSection: Int32Array, mergedSections: number): Int32Array {
    const { sections, reports } = this.manifest;
    const map = new Int32Array(sections + reports);
    let local = 0;
    this.sectionCounts.forEach((count, index) => {
      const position = this.positions[index]!;
      for (let offset = 0; offset < count; offset += 1) map[local++] = firstSection[position]! + offset;
      map[sections + index] = mergedSections + position;
    });
    if (local !== sections) throw new Error(`合并检索索引：${this.label}的小节数与 manifest.json 不符`);
    return map;
  }

  /**
   * The part's terms that fall in one bucket of the merged index, asked for
   * in increasing bucket order. Buckets are the top bits of the terms' hashes,
   * so the part's buckets cover the merged ones in the same order: each is
   * read at most once, and buckets wholly before the one asked for (a range
   * another worker merges) are skipped unread.
   */
  termsIn(bucket: number, bucketCount: number): BucketEntry[] {
    const own = this.manifest.buckets;
    const firstMergedBucket = (partBucket: number): number =>
      own <= bucketCount ? partBucket * (bucketCount / own) : Math.floor(partBucket / (own / bucketCount));
    const lastMergedBucket = (partBucket: number): number =>
      own <= bucketCount ? firstMergedBucket(partBucket + 1) - 1 : firstMergedBucket(partBucket);
    while (this.nextBucket < own && lastMergedBucket(this.nextBucket) < bucket) this.nextBucket += 1;
    while (this.nextBucket < own && firstMergedBucket(this.nextBucket) <= bucket) {
      const first = firstMergedBucket(this.nextBucket);
      for (const entry of this.readBucket(this.nextBucket)) {
        const target = bucketOf(entry.key, bucketCount);
        if (target < first) throw new Error(`合并检索索引：${this.label}的词项 ${entry.key} 不在它该在的桶里`);
        if (target < bucket) continue;
        const list = this.pending.get(target) ?? [];
        list.push(entry);
        this.pending.set(target, list);
      }
      this.nextBucket += 1;
    }
    for (const skipped of this.pending.keys()) if (skipped < bucket) this.pending.delete(skipped);
    const terms = this.pending.get(bucket) ?? [];
    this.pending.delete(bucket);
    return terms;
  }

  private readBucket(bucket: number): BucketEntry[] {
    const { file, offset, length } = this.bucketLocations[bucket]!;
    this.postingsFile = this.held(this.postingsFile, file, this.manifest.files.postings);
    const blob = splitBucketBlob(this.postingsFile.bytes.subarray(offset, offset + length));
    const { directory, data } = decodeBucket(inflate(blob.directory));
    const totalSections = this.manifest.sections + this.manifest.reports;
    return [...directory].map(([key, entry]) => ({
      key,
      bytes: entry.segments
        ? joinSegments(
            key,
            entry.segments.map((segment) => blob.tail.subarray(segment.offset, segment.offset + segment.length)),
            totalSections,
          )
        : data.subarray(entry.offset, entry.offset + entry.length),
    }));
  }

  /** A report's record bytes (a copy: the records file it came from is let go once read through). */
  record(report: number): Uint8Array {
    const { file, offset, length } = this.records[report]!;
    this.recordsFile = this.held(this.recordsFile, file, this.manifest.files.records);
    return this.recordsFile.bytes.slice(offset, offset + length);
  }

  /** The part's reports with each value of a facet (in the part's value table), by value string. */
  facetLists(key: string): Map<string, Int32Array> {
    const facet = this.manifest.facets.findIndex((candidate) => candidate.key === key);
    if (facet < 0) throw new Error(`合并检索索引：${this.label}没有分面 ${key}`);
    const bytes = this.part.readFile(facetsFile);
    let offset = this.manifest.facetLists.slice(0, facet).reduce((total, lengths) => total + sum(lengths), 0);
    const lists = new Map<string, Int32Array>();
    this.manifest.facets[facet]!.values.forEach(({ value }, code) => {
      const length = this.manifest.facetLists[facet]![code]!;
      lists.set(value, decodeSections(inflate(bytes.subarray(offset, offset + length))).sections);
      offset += length;
    });
    return lists;
  }

  /** Lets go of the files read so far. */
  release(): void {
    this.postingsFile = undefined;
    this.recordsFile = undefined;
  }

  private held(current: HeldFile | undefined, index: number, names: readonly string[]): HeldFile {
    if (current?.index === index) return current;
    return { index, bytes: this.part.readFile(names[index]!) };
  }
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
