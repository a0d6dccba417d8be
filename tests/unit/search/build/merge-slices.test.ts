import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../../src/lib/search/build/build-index.ts';
import {
  bucketRangeOf,
  findMergeSlices,
  packMergeSlices,
  sliceFolderName,
  writeMergeSlice,
} from '../../../../src/lib/search/build/merge-slices.ts';
import { buildParts, generatedIndexInput } from '../../../helpers/index-parts.ts';
import { tempDir } from '../../../helpers/temp-dir.ts';

const input = generatedIndexInput(60, 17);
const options = { bucketBytes: 256, fileBytes: 4096 };
const whole = buildSearchIndex(input, options).files;
const buckets = JSON.parse(new TextDecoder().decode(whole.get('manifest.json'))).buckets as number;

function partFolders() {
  const partOf = input.reports.map((_, index) => (index * 5) % 3);
  const root = tempDir('slice-parts-');
  return buildParts(input, partOf, 3, options).map(({ part, files }, index) => {
    const folder = join(root, `part-${index}`);
    mkdirSync(folder);
    for (const [name, bytes] of files) writeFileSync(join(folder, name), bytes);
    return { folder, positions: Int32Array.from(part.positions) };
  });
}

async function writeSlices(folders: ReturnType<typeof partFolders>, slices: number, workers = 1) {
  const dir = tempDir('slices-');
  for (let slice = slices; slice >= 1; slice -= 1) {
    const folder = join(dir, sliceFolderName(slice, slices));
    await writeMergeSlice(folders, { slice, slices, version: 'v1', folder }, { ...options, workers, chunkBuckets: 3 });
  }
  return dir;
}

function pack(folders: ReturnType<typeof partFolders>, dir: string) {
  const out = new Map<string, Uint8Array>();
  const slices = findMergeSlices(dir).sort((a, b) => a.slice - b.slice);
  packMergeSlices(folders, slices, input.facets, (name, bytes) => out.set(name, bytes), options);
  return out;
}

describe('the merged index in slices', () => {
  it('splits the buckets into contiguous ranges that cover each one once', () => {
    expect(bucketRangeOf(100, 1, 3)).toEqual({ from: 0, to: 33 });
    expect(bucketRangeOf(100, 2, 3)).toEqual({ from: 33, to: 66 });
    expect(bucketRangeOf(100, 3, 3)).toEqual({ from: 66, to: 100 });
    expect(bucketRangeOf(64, 1, 1)).toEqual({ from: 0, to: 64 });
  });

  it('packs slices merged apart into the files one build of all the reports gives', async () => {
    expect(buckets).toBeGreaterThan(8);
    const folders = partFolders();
    for (const [slices, workers] of [
      [1, 1],
      [3, 2],
      [buckets, 1],
    ] as const) {
      const packed = pack(folders, await writeSlices(folders, slices, workers));
      expect([...packed.keys()].sort(), `${slices} slices`).toEqual([...whole.keys()].sort());
      for (const [name, bytes] of whole)
        expect(Buffer.compare(packed.get(name)!, bytes), `${slices} slices: ${name}`).toBe(0);
    }
  }, 60_000);

  it('finds only finished slices, and refuses a gap or a slice shorter than it says', async () => {
    const folders = partFolders();
    const dir = await writeSlices(folders, 3);
    mkdirSync(join(dir, 'interrupted'));
    expect(
      findMergeSlices(dir)
        .map((slice) => slice.slice)
        .sort(),
    ).toEqual([1, 2, 3]);
    expect(findMergeSlices(join(dir, 'none'))).toEqual([]);

    const [first, , third] = findMergeSlices(dir).sort((a, b) => a.slice - b.slice);
    const write = () => undefined;
    expect(() => packMergeSlices(folders, [first!, third!], input.facets, write, options)).toThrow(
      /第 3 段（共 3 段）.*这里要的是从第 \d+ 个起/,
    );
    expect(() => packMergeSlices(folders, [first!], input.facets, write, options)).toThrow(/各段只到第 \d+ 个桶/);
    truncateSync(join(first!.folder, 'buckets.bin'), 10);
    expect(() => pack(folders, dir)).toThrow(/第 1 段不完整/);
  });
});
