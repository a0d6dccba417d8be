/**
 * Byte-level building blocks of the search index: unsigned LEB128 varints and
 * a growable byte buffer. Shared by the builder (Node) and the reader (browser
 * and Node), so both agree by construction.
 */

export class ByteWriter {
  private buffer: Uint8Array;
  length = 0;

  constructor(capacity = 1024) {
    this.buffer = new Uint8Array(capacity);
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let capacity = this.buffer.length * 2;
    while (capacity < this.length + extra) capacity *= 2;
    const next = new Uint8Array(capacity);
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
  }

  varint(value: number): void {
    this.reserve(8);
    let rest = value;
    while (rest >= 0x80) {
      this.buffer[this.length++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    this.buffer[this.length++] = rest;
  }

  bytes(data: Uint8Array): void {
    this.reserve(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
  }

  /** A string as its UTF-16 code units, length first. */
  string(text: string): void {
    this.varint(text.length);
    for (let index = 0; index < text.length; index += 1) this.varint(text.charCodeAt(index));
  }

  result(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

export class ByteReader {
  offset = 0;
  private readonly data: Uint8Array;

  constructor(data: Uint8Array) {
    this.data = data;
  }

  get done(): boolean {
    return this.offset >= this.data.length;
  }

  varint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.data[this.offset++];
      if (byte === undefined) throw new Error('search index: truncated varint');
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  }

  /** Steps over `count` varints without working out their values. */
  skipVarints(count: number): void {
    for (let left = count; left > 0; left -= 1) {
      let byte: number | undefined;
      do {
        byte = this.data[this.offset++];
        if (byte === undefined) throw new Error('search index: truncated varint');
      } while (byte >= 0x80);
    }
  }

  string(): string {
    const length = this.varint();
    const units = new Array<number>(length);
    for (let index = 0; index < length; index += 1) units[index] = this.varint();
    return String.fromCharCode(...units);
  }

  bytes(length: number): Uint8Array {
    const slice = this.data.subarray(this.offset, this.offset + length);
    this.offset += length;
    return slice;
  }
}
