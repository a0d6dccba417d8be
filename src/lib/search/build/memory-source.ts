import { inflateRawSync } from 'node:zlib';
import type { IndexSource } from '../index-source.ts';

/** An index held in memory, straight from the builder: for tests and benchmarks. */
export function memorySource(files: ReadonlyMap<string, Uint8Array>): IndexSource {
  const get = (name: string) => {
    const data = files.get(name);
    if (!data) throw new Error(`search index: no file ${name}`);
    return data;
  };
  return {
    file: async (name) => get(name),
    range: async (name, offset, length) => get(name).subarray(offset, offset + length),
    inflate: async (bytes) => new Uint8Array(inflateRawSync(bytes)),
  };
}
