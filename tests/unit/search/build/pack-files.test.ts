import { describe, expect, it } from 'vitest';
import { concat, packFiles } from '../../../../src/lib/search/build/pack-files.ts';

const blob = (length: number, fill: number) => new Uint8Array(length).fill(fill);

describe('packing blobs into files', () => {
  it('starts a new file before a blob would take one past the size, and says where each blob went', () => {
    const blobs = [blob(4, 1), blob(4, 2), blob(3, 3), blob(10, 4), blob(1, 5)];
    const { files, locations } = packFiles('postings', blobs, 10);
    expect([...files.keys()]).toEqual(['postings-0.bin', 'postings-1.bin', 'postings-2.bin', 'postings-3.bin']);
    expect(locations).toEqual([
      { file: 0, offset: 0, length: 4 },
      { file: 0, offset: 4, length: 4 },
      { file: 1, offset: 0, length: 3 },
      { file: 2, offset: 0, length: 10 },
      { file: 3, offset: 0, length: 1 },
    ]);
    blobs.forEach((bytes, index) => {
      const { file, offset, length } = locations[index]!;
      expect(files.get(`postings-${file}.bin`)!.subarray(offset, offset + length)).toEqual(bytes);
    });
  });

  it('writes one empty file when there is nothing to pack', () => {
    const { files, locations } = packFiles('records', [], 10);
    expect([...files]).toEqual([['records-0.bin', new Uint8Array()]]);
    expect(locations).toEqual([]);
  });

  it('concatenates byte arrays', () => {
    expect([...concat([Uint8Array.of(1, 2), new Uint8Array(), Uint8Array.of(3)])]).toEqual([1, 2, 3]);
  });
});
