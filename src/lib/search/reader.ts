import { ByteReader, bucketOf } from './codec.ts';
import { hasEdgeFlags, type RecordHeader, type ReportMeta, type SearchManifest } from './format.ts';

/**
 * Where the index's bytes come from: the network in a browser (range
 * requests), the disk in the command-line tool.
 */
export interface IndexSource {
  /** A whole (small) file of the index folder. */
  file(name: string): Promise<Uint8Array>;
  /** `length` bytes of a file, starting at `offset`. */
  range(name: string, offset: number, length: number): Promise<Uint8Array>;
  /** Undoes raw DEFLATE. */
  inflate(bytes: Uint8Array): Promise<Uint8Array>;
}

/** A term's occurrences: section ids, and for positional terms the packed positions in each. */
export interface Postings {
  sections: Int32Array;
  /** For positional terms: positions of section i are `positions[starts[i]] … positions[starts[i + 1] - 1]`. */
  starts?: Int32Array;
  /** Position × 4 + flags (flags are 0 for trigrams that carry none). */
  positions?: Int32Array;
}

interface Bucket {
  directory: Map<string, { offset: number; length: number }>;
  data: Uint8Array;
}

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
  private readonly headers = new Map<number, Promise<RecordHeader>>();
  private readonly texts = new Map<string, Promise<string>>();

  private constructor(source: IndexSource, manifest: SearchManifest, meta: Uint8Array, bucketTable: Uint8Array) {
    this.source = source;
    this.manifest = manifest;
    this.reports = decodeMeta(meta, manifest);
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
    const manifest = JSON.parse(new TextDecoder().decode(await source.file('manifest.json'))) as SearchManifest;
    const [meta, bucketTable] = await Promise.all([
      source.file(manifest.files.meta).then((bytes) => source.inflate(bytes)),
      source.file(manifest.files.bucketTable).then((bytes) => source.inflate(bytes)),
    ]);
    return new SearchIndex(source, manifest, meta, bucketTable);
  }

  /** The title pseudo-section of a report. */
  titleSection(report: number): number {
    return this.manifest.sections + report;
  }

  async postings(key: string): Promise<Postings | undefined> {
    const bucket = await this.bucket(bucketOf(key, this.manifest.buckets));
    const entry = bucket.directory.get(key);
    if (!entry) return undefined;
    const bytes = bucket.data.subarray(entry.offset, entry.offset + entry.length);
    const flagged = (key.startsWith('t:') || key.startsWith('b:')) && hasEdgeFlags(key.slice(2));
    return key.startsWith('t:') || flagged ? decodePositions(bytes, flagged) : decodeSections(bytes);
  }

  private bucket(index: number): Promise<Bucket> {
    let bucket = this.buckets.get(index);
    if (!bucket) {
      const location = this.bucketLocations[index]!;
      bucket = this.source
        .range(this.manifest.files.postings[location.file]!, location.offset, location.length)
        .then((bytes) => this.source.inflate(bytes))
        .then(decodeBucket);
      this.buckets.set(index, bucket);
    }
    return bucket;
  }

  /** The head of a report's record: title, issuer, anchors and headings. */
  header(report: number): Promise<RecordHeader> {
    let header = this.headers.get(report);
    if (!header) {
      const { file, offset, headerLength } = this.reports[report]!.record;
      header = this.source
        .range(this.manifest.files.records[file]!, offset, headerLength)
        .then((bytes) => this.source.inflate(bytes))
        .then((bytes) => JSON.parse(new TextDecoder().decode(bytes)) as RecordHeader);
      this.headers.set(report, header);
    }
    return header;
  }

  /**
   * The texts of some of a report's sections (positions within the report).
   * Adjacent sections come in one range request.
   */
  async sectionTexts(report: number, positions: readonly number[]): Promise<string[]> {
    const header = await this.header(report);
    const { file, offset, headerLength } = this.reports[report]!.record;
    const starts: number[] = [];
    let cursor = offset + headerLength;
    for (const [, , length] of header.sections) {
      starts.push(cursor);
      cursor += length;
    }
    const missing = [...new Set(positions)].filter((position) => !this.texts.has(`${report}:${position}`)).sort((a, b) => a - b);
    for (let index = 0; index < missing.length; ) {
      let end = index;
      while (end + 1 < missing.length && missing[end + 1] === missing[end]! + 1) end += 1;
      const first = missing[index]!;
      const last = missing[end]!;
      const run = this.source.range(this.manifest.files.records[file]!, starts[first]!, starts[last]! + header.sections[last]![2] - starts[first]!);
      for (let position = first; position <= last; position += 1) {
        const from = starts[position]! - starts[first]!;
        const length = header.sections[position]![2];
        this.texts.set(
          `${report}:${position}`,
          run.then((bytes) => this.source.inflate(bytes.subarray(from, from + length))).then((bytes) => new TextDecoder().decode(bytes)),
        );
      }
      index = end + 1;
    }
    return Promise.all(positions.map((position) => this.texts.get(`${report}:${position}`)!));
  }
}

function decodeLocations(reader: ByteReader, count: number) {
  const locations: { file: number; offset: number; length: number }[] = [];
  const offsets = new Map<number, number>();
  for (let index = 0; index < count; index += 1) {
    const file = reader.varint();
    const length = reader.varint();
    const offset = offsets.get(file) ?? 0;
    locations.push({ file, offset, length });
    offsets.set(file, offset + length);
  }
  return locations;
}

function decodeMeta(bytes: Uint8Array, manifest: SearchManifest): ReportMeta[] {
  const reader = new ByteReader(bytes);
  const count = reader.varint();
  const reports: ReportMeta[] = Array.from({ length: count }, () => ({
    sectionCount: reader.varint(),
    year: null,
    codes: {},
    record: { file: 0, offset: 0, length: 0, headerLength: 0 },
  }));
  for (const report of reports) {
    const year = reader.varint();
    report.year = year === 0 ? null : year + 1900;
  }
  for (const facet of manifest.facets) {
    for (const report of reports) {
      const codes: number[] = [];
      for (let length = reader.varint(); length > 0; length -= 1) codes.push(reader.varint());
      report.codes[facet.key] = codes;
    }
  }
  for (const report of reports) report.record.file = reader.varint();
  const offsets = new Map<number, number>();
  for (const report of reports) {
    report.record.length = reader.varint();
    report.record.offset = offsets.get(report.record.file) ?? 0;
    offsets.set(report.record.file, report.record.offset + report.record.length);
  }
  for (const report of reports) report.record.headerLength = reader.varint();
  return reports;
}

function decodeBucket(bytes: Uint8Array): Bucket {
  const reader = new ByteReader(bytes);
  const count = reader.varint();
  const entries: { key: string; length: number }[] = [];
  for (let index = 0; index < count; index += 1) entries.push({ key: reader.string(), length: reader.varint() });
  const directory = new Map<string, { offset: number; length: number }>();
  let offset = reader.offset;
  for (const entry of entries) {
    directory.set(entry.key, { offset, length: entry.length });
    offset += entry.length;
  }
  return { directory, data: bytes };
}

function decodeSections(bytes: Uint8Array): Postings {
  const reader = new ByteReader(bytes);
  const mode = reader.varint();
  const count = reader.varint();
  const sections = new Int32Array(count);
  if (mode === 0) {
    let previous = -1;
    for (let index = 0; index < count; index += 1) {
      previous += reader.varint() + 1;
      sections[index] = previous;
    }
    return { sections };
  }
  const bitmap = bytes.subarray(reader.offset);
  let index = 0;
  for (let byte = 0; byte < bitmap.length; byte += 1) {
    const bits = bitmap[byte]!;
    if (bits === 0) continue;
    for (let bit = 0; bit < 8; bit += 1) if (bits & (1 << bit)) sections[index++] = byte * 8 + bit;
  }
  return { sections };
}

function decodePositions(bytes: Uint8Array, flagged: boolean): Postings {
  const reader = new ByteReader(bytes);
  const sectionCount = reader.varint();
  const sections = new Int32Array(sectionCount);
  const starts = new Int32Array(sectionCount + 1);
  const positions: number[] = [];
  let previousSection = -1;
  for (let index = 0; index < sectionCount; index += 1) {
    previousSection += reader.varint() + 1;
    sections[index] = previousSection;
    starts[index] = positions.length;
    let previous = -1;
    for (let count = reader.varint(); count > 0; count -= 1) {
      const value = reader.varint();
      const gap = flagged ? Math.floor(value / 4) : value;
      previous += gap + 1;
      positions.push(previous * 4 + (flagged ? value % 4 : 0));
    }
  }
  starts[sectionCount] = positions.length;
  return { sections, starts, positions: Int32Array.from(positions) };
}
