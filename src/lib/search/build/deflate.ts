import { deflateRawSync } from 'node:zlib';

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
