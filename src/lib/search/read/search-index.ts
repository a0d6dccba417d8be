import { ByteReader } from '../byte-codec.ts';
import {
  type Bucket,
  decodeBucket,
  decodeFacets,
  decodeLocations,
  decodeMeta,
  decodePositions,
  decodeSections,
} from '../decode-index.ts';
import {
  bucketOf,
  bucketTableFile,
  facetsFile,
  indexFormatVersion,
  manifestFile,
  metaFile,
  type FacetCodes,
  type Postings,
  postingsShape,
  type RecordHeader,
  type ReportMeta,
  type SearchManifest,
} from '../format.ts';
import type { IndexSource } from '../index-source.ts';

/** The opened index: what every query needs, loaded once; buckets and records fetched on demand. */
export class SearchIndex {
  readonly manifest: SearchManifest;
  readonly reports: ReportMeta[];
  /** Report of every section id, title pseudo-sections included. */
  readonly reportOfSection: Int32Array;
  /** Section id of each report's first section. */
  readonly firstSection: Int32Array;
  private readonly source: IndexSource;
  private readonly bucketLocations: { file: number; offset: number; length: number }[];
  private readonly buckets = new Map<number, Promise<Bucket>>();
  private readonly decoded = new Map<string, Promise<Postings | undefined>>();
  private readonly records = new Map<number, Promise<LoadedRecord>>();
  private facets: Promise<FacetCodes> | undefined;

  private constructor(source: IndexSource, manifest: SearchManifest, meta: Uint8Array, bucketTable: Uint8Array) {
    this.source = source;
    this.manifest = manifest;
    this.reports = decodeMeta(meta);
    this.bucketLocations = decodeLocations(new ByteReader(bucketTable), manifest.buckets);
    this.reportOfSection = new Int32Array(manifest.sections + manifest.reports);
    this.firstSection = new Int32Array(manifest.reports);
    let section = 0;
    this.reports.forEach((report, index) => {
      this.firstSection[index] = section;
      this.reportOfSection.fill(index, section, section + report.sectionCount);
      section += report.sectionCount;
      this.reportOfSection[manifest.sections + index] = index;
    });
  }

  static async open(source: IndexSource): Promise<SearchIndex> {
    const [manifest, meta, bucketTable] = await Promise.all([
      source.file(manifestFile).then((bytes) => JSON.parse(utf8.decode(bytes)) as SearchManifest),
      source.file(metaFile).then((bytes) => source.inflate(bytes)),
      source.file(bucketTableFile).then((bytes) => source.inflate(bytes)),
    ]);
    if (manifest.version !== indexFormatVersion) {
      throw new Error(
        `检索索引的格式版本是 ${manifest.version}，这个程序读取版本 ${indexFormatVersion}：请重新生成网站`,
      );
    }
    return new SearchIndex(source, manifest, meta, bucketTable);
  }

  /** A term's postings, decoded once: changing a filter or the sort reruns the query with the same terms. */
  postings(key: string): Promise<Postings | undefined> {
    let postings = this.decoded.get(key);
    if (!postings) {
      postings = this.bucket(bucketOf(key, this.manifest.buckets)).then((bucket) => {
        const entry = bucket.directory.get(key);
        if (!entry) return undefined;
        const bytes = bucket.data.subarray(entry.offset, entry.offset + entry.length);
        const { positional, flagged } = postingsShape(key);
        return positional ? decodePositions(bytes, flagged) : decodeSections(bytes);
      });
      keepUnlessFailed(this.decoded, key, postings);
    }
    return postings;
  }

  private bucket(index: number): Promise<Bucket> {
    let bucket = this.buckets.get(index);
    if (!bucket) {
      const location = this.bucketLocations[index]!;
      bucket = this.source
        .range(this.manifest.files.postings[location.file]!, location.offset, location.length)
        .then((bytes) => this.source.inflate(bytes))
        .then(decodeBucket);
      keepUnlessFailed(this.buckets, index, bucket);
    }
    return bucket;
  }

  /**
   * A report's record in one request: its head (title, issuer, anchors,
   * headings) and its sections' texts. One request per report instead of one
   * for the head and more for the texts saves a round trip, which costs more
   * than the extra bytes on a phone's connection.
   */
  private record(report: number): Promise<LoadedRecord> {
    let record = this.records.get(report);
    if (!record) {
      const { file, offset, length } = this.reports[report]!.record;
      record = this.source.range(this.manifest.files.records[file]!, offset, length).then(async (bytes) => {
        const reader = new ByteReader(bytes);
        const headLength = reader.varint();
        const headStart = reader.offset;
        const [head, body] = await Promise.all([
          this.source.inflate(bytes.subarray(headStart, headStart + headLength)),
          this.source.inflate(bytes.subarray(headStart + headLength)),
        ]);
        const header = JSON.parse(utf8.decode(head)) as RecordHeader;
        const starts = [0];
        for (const [, , length] of header.sections) starts.push(starts.at(-1)! + length);
        return { header, body, starts };
      });
      keepUnlessFailed(this.records, report, record);
    }
    return record;
  }

  /**
   * The codes of every report's facet values, by facet key: fetched on first
   * use, so results that need no filter do not wait for them.
   */
  facetCodes(): Promise<FacetCodes> {
    if (!this.facets) {
      const facets = this.source
        .file(facetsFile)
        .then((bytes) => this.source.inflate(bytes))
        .then((bytes) => decodeFacets(bytes, this.manifest));
      facets.catch(() => (this.facets = undefined));
      this.facets = facets;
    }
    return this.facets;
  }

  async header(report: number): Promise<RecordHeader> {
    return (await this.record(report)).header;
  }

  /** The texts of some of a report's sections (positions within the report). */
  async sectionTexts(report: number, positions: readonly number[]): Promise<string[]> {
    const { body, starts } = await this.record(report);
    return positions.map((position) => utf8.decode(body.subarray(starts[position], starts[position + 1])));
  }
}

/** Caches a download; one that fails (a dropped connection) is forgotten, so the next query tries again. */
function keepUnlessFailed<K, V>(cache: Map<K, Promise<V>>, key: K, promise: Promise<V>): void {
  cache.set(key, promise);
  promise.catch(() => cache.delete(key));
}

interface LoadedRecord {
  header: RecordHeader;
  /** Every section's UTF-8 text, one after another. */
  body: Uint8Array;
  /** Where each section's text starts in the body, and the body's end. */
  starts: number[];
}

const utf8 = new TextDecoder();
