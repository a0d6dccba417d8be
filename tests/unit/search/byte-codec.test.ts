import { describe, expect, it } from 'vitest';
import { ByteReader, ByteWriter } from '../../../src/lib/search/byte-codec.ts';

describe('varints', () => {
  it('take one byte below 128 and one more per seven bits', () => {
    const lengths = [0, 127, 128, 16_383, 16_384, 2 ** 31, 2 ** 50].map((value) => {
      const writer = new ByteWriter(1);
      writer.varint(value);
      return writer.result().length;
    });
    expect(lengths).toEqual([1, 1, 2, 2, 3, 5, 8]);
  });

  it('read back what was written, past 32 bits and past the first buffer', () => {
    const values = [0, 1, 300, 65_535, 2 ** 32 + 5, 2 ** 50 + 3, ...Array.from({ length: 2000 }, (_, i) => i * 7919)];
    const writer = new ByteWriter(4);
    for (const value of values) writer.varint(value);
    const reader = new ByteReader(writer.result());
    expect(values.map(() => reader.varint())).toEqual(values);
    expect(reader.done).toBe(true);
  });

  it('fail on a truncated value instead of reading past the end', () => {
    expect(() => new ByteReader(new Uint8Array([0x80, 0x80])).varint()).toThrow(/truncated/);
    expect(() => new ByteReader(new Uint8Array([5, 0x80])).skipVarints(2)).toThrow(/truncated/);
  });

  it('can be stepped over, however many bytes each takes', () => {
    const writer = new ByteWriter();
    for (const value of [5, 300, 2 ** 40, 0, 77]) writer.varint(value);
    const reader = new ByteReader(writer.result());
    reader.skipVarints(4);
    expect(reader.varint()).toBe(77);
    expect(reader.done).toBe(true);
  });
});

describe('strings and bytes', () => {
  it('round-trip strings as UTF-16 code units, including surrogate pairs and empty strings', () => {
    const writer = new ByteWriter();
    for (const text of ['t:教育局', '', '𠀀a', 'w:2020']) writer.string(text);
    writer.bytes(new Uint8Array([9, 8, 7]));
    const reader = new ByteReader(writer.result());
    expect([reader.string(), reader.string(), reader.string(), reader.string()]).toEqual([
      't:教育局',
      '',
      '𠀀a',
      'w:2020',
    ]);
    expect([...reader.bytes(3)]).toEqual([9, 8, 7]);
    expect(reader.done).toBe(true);
  });
});
