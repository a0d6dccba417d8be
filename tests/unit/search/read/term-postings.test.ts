import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../../src/lib/search/build/build-index.ts';
import { indexInputOf } from '../../../../src/lib/search/build/index-input.ts';
import { memorySource } from '../../../../src/lib/search/build/memory-source.ts';
import { decodeBucketPage } from '../../../../src/lib/search/decode-index.ts';
import { bucketOf, bucketPageFile, type SearchManifest } from '../../../../src/lib/search/format.ts';
import { TermPostings } from '../../../../src/lib/search/read/term-postings.ts';
import { loadFixtureArchive } from '../../../helpers/temp-archive.ts';

const archive = await loadFixtureArchive();
const files = buildSearchIndex(indexInputOf(archive), { sectionsPerPage: 2, segmentFrom: 2 }).files;
const manifest = JSON.parse(new TextDecoder().decode(files.get('manifest.json'))) as SearchManifest;

/** A reader over the index that logs its range requests. */
function openLogged() {
  const source = memorySource(files);
  const ranges: { name: string; offset: number; length: number }[] = [];
  const terms = new TermPostings(
    {
      ...source,
      range: (name, offset, length) => {
        ranges.push({ name, offset, length });
        return source.range(name, offset, length);
      },
    },
    manifest,
  );
  return { terms, ranges };
}

describe('the postings of a segmented term', () => {
  it('fetch a bucket’s directory without its segments, then only the segments a range needs', async () => {
    const { terms, ranges } = openLogged();
    const key = 'b:教育';
    expect(await terms.isSegmented(key)).toBe(true);
    const bucket = bucketOf(key, manifest.buckets);
    expect(bucket).toBeLessThan(1024);
    const location = decodeBucketPage(new Uint8Array(inflateRawSync(files.get(bucketPageFile(0))!)))[bucket]!;
    expect(location.tail).toBeGreaterThan(0);
    expect(ranges).toEqual([
      {
        name: manifest.files.postings[location.file],
        offset: location.offset,
        length: location.length - location.tail,
      },
    ]);

    const first = await terms.postings(key, terms.segments[0]!);
    expect(ranges).toHaveLength(2);
    expect(ranges[1]!.offset).toBeGreaterThanOrEqual(location.offset + location.length - location.tail);
    expect(ranges[1]!.offset + ranges[1]!.length).toBeLessThanOrEqual(location.offset + location.length);
    expect([...first!.sections].every((section) => section < terms.segments[0]!.to)).toBe(true);
    // Asked again, or for a narrower range of the same segment, nothing more is fetched.
    const narrower = await terms.postings(key, { from: 1, to: 2 });
    expect([...narrower!.sections]).toEqual([...first!.sections].filter((section) => section === 1));
    expect(ranges).toHaveLength(2);
    await expect(terms.postings(key, terms.everything)).rejects.toThrow('read a range at a time');
  });

  it('tell a range where a term cannot occur without fetching it', async () => {
    const { terms, ranges } = openLogged();
    const key = 'b:教育';
    await terms.isSegmented(key);
    const fetched = ranges.length;
    const answers = await Promise.all(terms.segments.map((range) => terms.mayOccurIn(key, range)));
    expect(ranges).toHaveLength(fetched);
    const found = await Promise.all(
      terms.segments.map(async (range) => ((await terms.postings(key, range))?.sections.length ?? 0) > 0),
    );
    expect(answers).toEqual(found);
    expect(answers).toContain(true);
    expect(await terms.mayOccurIn('b:鑫鑫', terms.segments[0]!)).toBe(false);
  });

  it('cut a whole (unsegmented) term to any range', async () => {
    const { terms } = openLogged();
    const key = 't:北城市';
    expect(await terms.isSegmented(key)).toBe(false);
    const whole = await terms.postings(key, terms.everything);
    const titles = terms.segments.at(-1)!;
    const inTitles = await terms.postings(key, titles);
    expect([...inTitles!.sections]).toEqual([...whole!.sections].filter((section) => section >= titles.from));
    expect(await terms.mayOccurIn(key, titles)).toBe(inTitles!.sections.length > 0);
  });
});
