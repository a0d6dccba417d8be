import {
  type Bucket,
  decodeBucket,
  decodeBucketPage,
  decodePositions,
  decodeSections,
  splitBucketBlob,
  type TermRef,
} from '../decode-index.ts';
import {
  type BucketLocation,
  bucketOf,
  bucketPageFile,
  bucketsPerPage,
  type Postings,
  postingsShape,
  type SearchManifest,
  segmentsOf,
} from '../format.ts';
import type { IndexSource } from '../index-source.ts';
import { keepUnlessFailed } from './keep-unless-failed.ts';
import { lowerBound } from './sorted-ids.ts';

/**
 * The terms' side of an open index: the bucket table's pages, the buckets'
 * directories, and the postings of the terms asked for, whole or one segment
 * at a time, each fetched and decoded once.
 */
export class TermPostings {
  /** The section-id range of each segment of a segmented term (segmentsOf): the last one holds the titles. */
  readonly segments: readonly SectionRange[];
  /** Every section id, titles included: the range of a query over unsegmented terms. */
  readonly everything: SectionRange;
  private readonly source: IndexSource;
  private readonly manifest: SearchManifest;
  private readonly bucketPages = new Map<number, Promise<BucketLocation[]>>();
  private readonly buckets = new Map<number, Promise<LoadedBucket>>();
  /** Decoded postings by key, or by key and segment ("key#k") for a segmented term. */
  private readonly decoded = new Map<string, Promise<Postings | undefined>>();

  constructor(source: IndexSource, manifest: SearchManifest) {
    this.source = source;
    this.manifest = manifest;
    this.segments = segmentsOf(manifest);
    this.everything = { from: 0, to: manifest.sections + manifest.reports };
  }

  /** Whether a term is stored in segments (undefined: not in the index): a query with one reads segment by segment. */
  async isSegmented(key: string): Promise<boolean | undefined> {
    const ref = await this.refOf(key);
    return ref && ref.segments !== undefined;
  }

  /**
   * Whether a term may occur in a section range lying within one segment:
   * false when it is known not to (its segment there is empty, or its whole
   * postings have no section there), so a query can skip the range unread.
   */
  async mayOccurIn(key: string, range: SectionRange): Promise<boolean> {
    const ref = await this.refOf(key);
    if (!ref) return false;
    if (ref.segments) return ref.segments[this.segmentOf(key, range)]!.length > 0;
    return withinRange((await this.whole(key, ref))!, range).sections.length > 0;
  }

  /**
   * A term's postings in a section range (`everything` for all of them; a
   * segmented term's only within one segment). Postings are decoded once
   * (changing a filter or the sort reruns the query with the same terms); a
   * segmented term's segments are fetched one at a time, as ranges ask for them.
   */
  async postings(key: string, range: SectionRange): Promise<Postings | undefined> {
    const ref = await this.refOf(key);
    if (!ref) return undefined;
    if (!ref.segments) return withinRange((await this.whole(key, ref))!, range);
    const segment = this.segmentOf(key, range);
    const postings = await this.decodedOnce(`${key}#${segment}`, async () => {
      const { offset, length } = ref.segments![segment]!;
      if (length === 0) return decodePostings(key, emptyPostings);
      const loaded = await this.bucket(bucketOf(key, this.manifest.buckets));
      const bytes = await this.source.range(loaded.file, loaded.tailStart + offset, length);
      return decodePostings(key, await this.source.inflate(bytes));
    });
    return withinRange(postings!, range);
  }

  /** The segment a range lies in: the titles' for title pseudo-sections, else the section page's. */
  private segmentOf(key: string, range: SectionRange): number {
    const segment =
      range.from >= this.manifest.sections
        ? this.segments.length - 1
        : Math.floor(range.from / this.manifest.sectionsPerPage);
    if (range.to > this.segments[segment]!.to) {
      throw new Error(`search index: ${key} is stored in segments and is read a range at a time`);
    }
    return segment;
  }

  private async refOf(key: string): Promise<TermRef | undefined> {
    return (await this.bucket(bucketOf(key, this.manifest.buckets))).bucket.directory.get(key);
  }

  private whole(key: string, ref: TermRef): Promise<Postings | undefined> {
    return this.decodedOnce(key, async () => {
      const { bucket } = await this.bucket(bucketOf(key, this.manifest.buckets));
      return decodePostings(key, bucket.data.subarray(ref.offset, ref.offset + ref.length));
    });
  }

  private decodedOnce(key: string, decode: () => Promise<Postings | undefined>): Promise<Postings | undefined> {
    let postings = this.decoded.get(key);
    if (!postings) {
      postings = decode();
      keepUnlessFailed(this.decoded, key, postings);
    }
    return postings;
  }

  /** A bucket's directory, fetched without the segments that follow it. */
  private bucket(index: number): Promise<LoadedBucket> {
    let bucket = this.buckets.get(index);
    if (!bucket) {
      bucket = this.bucketPage(Math.floor(index / bucketsPerPage)).then(async (locations) => {
        const { file, offset, length, tail } = locations[index % bucketsPerPage]!;
        const name = this.manifest.files.postings[file]!;
        const { directory } = splitBucketBlob(await this.source.range(name, offset, length - tail));
        return {
          bucket: decodeBucket(await this.source.inflate(directory)),
          file: name,
          tailStart: offset + length - tail,
        };
      });
      keepUnlessFailed(this.buckets, index, bucket);
    }
    return bucket;
  }

  private bucketPage(index: number): Promise<BucketLocation[]> {
    let page = this.bucketPages.get(index);
    if (!page) {
      page = this.source
        .file(bucketPageFile(index))
        .then((bytes) => this.source.inflate(bytes))
        .then(decodeBucketPage);
      keepUnlessFailed(this.bucketPages, index, page);
    }
    return page;
  }
}

interface LoadedBucket {
  bucket: Bucket;
  /** The postings file it is in, and where its segments start there. */
  file: string;
  tailStart: number;
}

/** A term with no sections, in either shape: a section count of 0 (list mode 0, count 0). */
const emptyPostings = new Uint8Array([0, 0]);

function decodePostings(key: string, bytes: Uint8Array): Postings {
  const { positional, flagged } = postingsShape(key);
  return positional ? decodePositions(bytes, flagged) : decodeSections(bytes);
}

/** Section ids `from` … `to` − 1. */
export interface SectionRange {
  from: number;
  to: number;
}

/**
 * The part of postings inside a section range, as views: positions stay
 * shared, `starts` index into them. Postings wholly inside are given back
 * as they are.
 */
function withinRange(postings: Postings, range: SectionRange): Postings {
  const { sections, starts, positions } = postings;
  const first = lowerBound(sections, range.from);
  const end = lowerBound(sections, range.to);
  if (first === 0 && end === sections.length) return postings;
  return starts && positions
    ? { sections: sections.subarray(first, end), starts: starts.subarray(first, end + 1), positions }
    : { sections: sections.subarray(first, end) };
}
