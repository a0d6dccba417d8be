/**
 * Where the index's bytes come from: the network in a browser (range
 * requests), the disk in the command-line tool, memory in tests. The reader
 * needs nothing else, so one reader serves all three.
 */
export interface IndexSource {
  /** A whole (small) file of the index folder. */
  file(name: string): Promise<Uint8Array>;
  /** `length` bytes of a file, starting at `offset`. */
  range(name: string, offset: number, length: number): Promise<Uint8Array>;
  /** Undoes raw DEFLATE. */
  inflate(bytes: Uint8Array): Promise<Uint8Array>;
}
