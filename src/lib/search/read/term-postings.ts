import {
  type Bucket,
  decodeBucket,
  decodeBucketPage,
  decodePositions,
  decodeSections,
  splitBucketBlob,
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

/**
 * The terms' side of an open index: the bucket table's pages, the buckets'
 * directories, and the postings of the terms asked for, whole or one segment
 * at a time, each fetched and decoded once.
 */
export class TermPostings {
  /** The section-id range of each segment of a segmented term (segmentsOf): the last one holds the titles. */
  readonly segments: readonly { from: number; to: number }[];
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
  }

  /** Whether a term is stored in segments (undefined: not in the index): a query with one reads segment by segment. */
  async isSegmented(key: string): Promise<boolean | undefined> {
    const { bucket } = await this.bucket(bucketOf(key, this.manifest.buckets));
    const ref = bucket.directory.get(key);
    return ref && ref.segments !== undefined;
  }

  /**
   * A term's postings, decoded once (changing a filter or the sort reruns the
   * query with the same terms): whole, or only the sections of one segment's
   * range. A segmented term must be asked for by segment, and then only that
   * segment is fetched.
   */
  async postings(key: string, segment?: number): Promise<Postings | undefined> {
    const whole = this.decodedOnce(key, async () => {
      const { bucket } = await this.bucket(bucketOf(key, this.manifest.buckets));
      const ref = bucket.directory.get(key);
      if (!ref) return undefined;
      if (ref.segments) throw new Error(`search index: ${key} is stored in segments and must be read by segment`);
      return decodePostings(key, bucket.data.subarray(ref.offset, ref.offset + ref.length));
    });
    if (segment === undefined) return whole;
    const ranged = this.decodedOnce(`${key}#${segment}`, async () => {
      const loaded = await this.bucket(bucketOf(key, this.manifest.buckets));
      const ref = loaded.bucket.directory.get(key);
      if (!ref) return undefined;
      if (!ref.segments) return withinRange((await whole)!, this.segments[segment]!);
      const { offset, length } = ref.segments[segment]!;
      if (length === 0) return decodePostings(key, emptyPostings);
      const bytes = await this.source.range(loaded.file, loaded.tailStart + offset, length);
      return decodePostings(key, await this.source.inflate(bytes));
    });
    // The whole term is only looked at when it is not segmented; a failure there shows through `ranged`.
    whole.catch(() => undefined);
    return ranged;
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

/** The part of whole postings inside a section range, as views: positions stay shared, `starts` index into them. */
function withinRange(postings: Postings, range: { from: number; to: number }): Postings {
  const { sections, starts, positions } = postings;
  const first = lowerBound(sections, range.from);
  const end = lowerBound(sections, range.to);
  return starts && positions
    ? { sections: sections.subarray(first, end), starts: starts.subarray(first, end + 1), positions }
    : { sections: sections.subarray(first, end) };
}

/** The first index whose value is at least `value`, in an ascending array. */
function lowerBound(values: Int32Array, value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
