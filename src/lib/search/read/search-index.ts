import { ByteReader } from '../byte-codec.ts';
import { decodeLocation, decodeSectionPage, decodeSections, type SectionPage } from '../decode-index.ts';
import {
  facetsFile,
  indexFormatVersion,
  locationBytes,
  locationsFile,
  manifestFile,
  type Postings,
  type RecordHeader,
  type SearchManifest,
  sectionPageFile,
} from '../format.ts';
import type { IndexSource } from '../index-source.ts';
import { keepUnlessFailed } from './keep-unless-failed.ts';
import { type SectionRange, TermPostings } from './term-postings.ts';

/**
 * The opened index: only its manifest is loaded up front. Everything else
 * comes in pages or ranges as queries need it (bucket locations of the
 * terms' buckets, the reports of the matching sections, the records shown,
 * the facet lists of a filter) and is kept for the next query.
 */
export class SearchIndex {
  readonly manifest: SearchManifest;
  private readonly source: IndexSource;
  /** Each report's year minus 1900, 0 when undated: from the manifest's runs. */
  private readonly years: Uint16Array;
  private readonly terms: TermPostings;
  private readonly sectionPages = new Map<number, Promise<SectionPage>>();
  private readonly loadedSectionPages = new Map<number, SectionPage>();
  /** First section of each report whose section page has arrived, -1 for the rest: made when the first page comes. */
  private firstSections: Int32Array | undefined;
  private readonly records = new Map<number, Promise<LoadedRecord>>();
  private readonly facetLists = new Map<string, Promise<Int32Array>>();

  private constructor(source: IndexSource, manifest: SearchManifest) {
    this.source = source;
    this.manifest = manifest;
    this.terms = new TermPostings(source, manifest);
    this.years = new Uint16Array(manifest.reports);
    let report = 0;
    for (const [year, count] of manifest.years) {
      this.years.fill(year === null ? 0 : year - 1900, report, report + count);
      report += count;
    }
  }

  static async open(source: IndexSource): Promise<SearchIndex> {
    const manifest = JSON.parse(utf8.decode(await source.file(manifestFile))) as SearchManifest;
    if (manifest.version !== indexFormatVersion) {
      throw new Error(
        `检索索引的格式版本是 ${manifest.version}，这个程序读取版本 ${indexFormatVersion}：请重新生成网站`,
      );
    }
    return new SearchIndex(source, manifest);
  }

  /** The section-id range of each segment of a segmented term (segmentsOf): the last one holds the titles. */
  get segments(): readonly SectionRange[] {
    return this.terms.segments;
  }

  /** null for undated reports. */
  yearOf(report: number): number | null {
    const year = this.years[report]!;
    return year === 0 ? null : year + 1900;
  }

  /** Fetches the section pages that cover these section ids, so reportOfSection and firstSectionOf can answer. */
  async loadSections(sections: Int32Array): Promise<void> {
    const pages = new Set<number>();
    for (const section of sections)
      if (section < this.manifest.sections) pages.add(Math.floor(section / this.manifest.sectionsPerPage));
    await Promise.all([...pages].map((page) => this.sectionPage(page)));
  }

  /** The report of a section id (title pseudo-sections included) whose section page loadSections has fetched. */
  reportOfSection(section: number): number {
    const { sections } = this.manifest;
    if (section >= sections) return section - sections;
    const page = this.loadedSectionPages.get(Math.floor(section / this.manifest.sectionsPerPage));
    if (!page) throw new Error(`search index: section ${section} asked for before its page was loaded`);
    // The last report starting at or before the section: reports without sections start where the next one does.
    let low = 0;
    let high = page.starts.length - 2;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (page.starts[middle]! <= section) low = middle;
      else high = middle - 1;
    }
    return page.firstReport + low;
  }

  /** The first section id of a report one of whose sections reportOfSection has answered for. */
  firstSectionOf(report: number): number {
    const first = this.firstSections?.[report] ?? -1;
    if (first < 0) throw new Error(`search index: report ${report} asked for before its section page was loaded`);
    return first;
  }

  private sectionPage(index: number): Promise<SectionPage> {
    let page = this.sectionPages.get(index);
    if (!page) {
      page = this.source
        .file(sectionPageFile(index))
        .then((bytes) => this.source.inflate(bytes))
        .then((bytes) => {
          const decoded = decodeSectionPage(bytes);
          // A typed array, not a Map: a common term loads every page, a hundred thousand reports at 100k.
          this.firstSections ??= new Int32Array(this.manifest.reports).fill(-1);
          const { starts, firstReport } = decoded;
          for (let offset = 0; offset + 1 < starts.length; offset += 1)
            this.firstSections[firstReport + offset] = starts[offset]!;
          this.loadedSectionPages.set(index, decoded);
          return decoded;
        });
      keepUnlessFailed(this.sectionPages, index, page);
    }
    return page;
  }

  /** Whether a term is stored in segments (undefined: not in the index): a query with one reads segment by segment. */
  isSegmented(key: string): Promise<boolean | undefined> {
    return this.terms.isSegmented(key);
  }

  /** Whether a term may occur in a section range within one segment (see TermPostings.mayOccurIn). */
  mayOccurIn(key: string, range: SectionRange): Promise<boolean> {
    return this.terms.mayOccurIn(key, range);
  }

  /** Every section id, titles included: the range of a query over unsegmented terms. */
  get everything(): SectionRange {
    return this.terms.everything;
  }

  /** A term's postings in a section range, a segmented term's within one segment (see TermPostings.postings). */
  postings(key: string, range: SectionRange): Promise<Postings | undefined> {
    return this.terms.postings(key, range);
  }

  /**
   * How many reports have started by the end of a section page: the reports
   * a query has passed once it has read that page's sections, so it knows
   * whose titles to read with them.
   */
  async reportsStartedBy(page: number): Promise<number> {
    const { firstReport, starts } = await this.sectionPage(page);
    return firstReport + starts.length - 1;
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
      record = this.source
        .range(locationsFile, report * locationBytes, locationBytes)
        .then((entry) => {
          const { file, offset, length } = decodeLocation(entry);
          return this.source.range(this.manifest.files.records[file]!, offset, length);
        })
        .then(async (bytes) => {
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

  /** The reports with one value of a facet (its code in the manifest's table), ascending. */
  facetList(facet: number, code: number): Promise<Int32Array> {
    const key = `${facet}:${code}`;
    let list = this.facetLists.get(key);
    if (!list) {
      const offset = this.facetListOffset(facet, code);
      list = this.source
        .range(facetsFile, offset, this.manifest.facetLists[facet]![code]!)
        .then((bytes) => this.source.inflate(bytes))
        .then((bytes) => decodeSections(bytes).sections);
      keepUnlessFailed(this.facetLists, key, list);
    }
    return list;
  }

  /** The lists of every value of a facet, in one request for those not yet fetched (they lie side by side). */
  async facetValueLists(facet: number): Promise<Int32Array[]> {
    const lengths = this.manifest.facetLists[facet]!;
    const missing = lengths.map((_, code) => code).filter((code) => !this.facetLists.has(`${facet}:${code}`));
    if (missing.length > 0) {
      const from = this.facetListOffset(facet, missing[0]!);
      const to = this.facetListOffset(facet, missing.at(-1)!) + lengths[missing.at(-1)!]!;
      const span = this.source.range(facetsFile, from, to - from);
      for (const code of missing) {
        const start = this.facetListOffset(facet, code) - from;
        const list = span
          .then((bytes) => this.source.inflate(bytes.subarray(start, start + lengths[code]!)))
          .then((bytes) => decodeSections(bytes).sections);
        keepUnlessFailed(this.facetLists, `${facet}:${code}`, list);
      }
    }
    return Promise.all(lengths.map((_, code) => this.facetList(facet, code)));
  }

  private facetListOffset(facet: number, code: number): number {
    let offset = 0;
    this.manifest.facetLists.forEach((lengths, position) => {
      if (position > facet) return;
      lengths.forEach((length, value) => {
        if (position < facet || value < code) offset += length;
      });
    });
    return offset;
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

interface LoadedRecord {
  header: RecordHeader;
  /** Every section's UTF-8 text, one after another. */
  body: Uint8Array;
  /** Where each section's text starts in the body, and the body's end. */
  starts: number[];
}

const utf8 = new TextDecoder();
