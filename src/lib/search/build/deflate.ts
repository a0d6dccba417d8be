import { deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * Postings are varint gaps that deflate shrinks by about a fifth at any level,
 * so the fastest level serves; texts gain more from a higher one.
 */
export const postingsLevel = 1;
const textLevel = 4;

/** Raw DEFLATE, which the reader undoes with DecompressionStream('deflate-raw') in a browser. */
export function deflate(bytes: Uint8Array, level = textLevel): Uint8Array {
  return deflateRawSync(bytes, { level });
}

/** Undoes deflate: the merge of shard indexes reads the parts' files with it. */
export function inflate(bytes: Uint8Array): Uint8Array {
  const inflated = inflateRawSync(bytes);
  return new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.length);
}
