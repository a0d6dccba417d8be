import { splitBucketBlob } from '../decode-index.ts';
import type { BucketLocation, Location } from '../format.ts';

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/**
 * Concatenates blobs into files named `<stem>-N.bin` of about `fileBytes` as
 * they come: a blob that would take the current file past the size starts the
 * next one, and each file goes to `write` as soon as it is complete, so only
 * one file is ever held.
 */
export class FilePacker {
  /** The names of the files written so far. */
  readonly names: string[] = [];
  private readonly stem: string;
  private readonly fileBytes: number;
  private readonly write: (name: string, bytes: Uint8Array) => void;
  private current: Uint8Array[] = [];
  private size = 0;

  constructor(stem: string, fileBytes: number, write: (name: string, bytes: Uint8Array) => void) {
    this.stem = stem;
    this.fileBytes = fileBytes;
    this.write = write;
  }

  /** Bytes of the file being filled, held until it is written. */
  get heldBytes(): number {
    return this.size;
  }

  /** Adds a blob (kept by reference until its file is written) and says where it went. */
  add(blob: Uint8Array): Location {
    if (this.size > 0 && this.size + blob.length > this.fileBytes) this.flush();
    const location = { file: this.names.length, offset: this.size, length: blob.length };
    this.current.push(blob);
    this.size += blob.length;
    return location;
  }

  /** Adds a bucket (encodeBucket) and says where it went, and how long its tail of segments is. */
  addBucket(blob: Uint8Array): BucketLocation {
    return { ...this.add(blob), tail: splitBucketBlob(blob).tail.length };
  }

  /** Writes the last file, empty when nothing was added, and returns every file's name. */
  finish(): string[] {
    this.flush();
    return this.names;
  }

  private flush(): void {
    const name = `${this.stem}-${this.names.length}.bin`;
    this.names.push(name);
    this.write(name, concat(this.current));
    this.current = [];
    this.size = 0;
  }
}
