import { describe, expect, it } from 'vitest';
import { concat, FilePacker } from '../../../../src/lib/search/build/pack-files.ts';

const blob = (length: number, fill: number) => new Uint8Array(length).fill(fill);

function packFiles(stem: string, blobs: readonly Uint8Array[], fileBytes: number) {
  const files = new Map<string, Uint8Array>();
  const packer = new FilePacker(stem, fileBytes, (name, bytes) => files.set(name, bytes));
  const locations = blobs.map((bytes) => packer.add(bytes));
  packer.finish();
  return { files, locations };
}

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

  it('hands each file over as soon as the next blob would not fit, holding only the file being filled', () => {
    const written: string[] = [];
    const packer = new FilePacker('records', 10, (name, bytes) => written.push(`${name}:${bytes.length}`));
    expect(packer.add(blob(6, 1))).toEqual({ file: 0, offset: 0, length: 6 });
    expect(packer.add(blob(4, 2))).toEqual({ file: 0, offset: 6, length: 4 });
    expect(written).toEqual([]);
    expect(packer.heldBytes).toBe(10);
    expect(packer.add(blob(3, 3))).toEqual({ file: 1, offset: 0, length: 3 });
    expect(written).toEqual(['records-0.bin:10']);
    expect(packer.heldBytes).toBe(3);
    expect(packer.finish()).toEqual(['records-0.bin', 'records-1.bin']);
    expect(written).toEqual(['records-0.bin:10', 'records-1.bin:3']);
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
