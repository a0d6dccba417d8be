export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

export interface Location {
  file: number;
  offset: number;
  length: number;
}

/** Concatenates blobs into files of about `fileBytes`, remembering where each blob went. */
export function packFiles(
  stem: string,
  blobs: readonly Uint8Array[],
  fileBytes: number,
): { files: Map<string, Uint8Array>; locations: Location[] } {
  const files = new Map<string, Uint8Array>();
  const locations: Location[] = [];
  let current: Uint8Array[] = [];
  let size = 0;
  const flush = () => {
    files.set(`${stem}-${files.size}.bin`, concat(current));
    current = [];
    size = 0;
  };
  for (const blob of blobs) {
    if (size > 0 && size + blob.length > fileBytes) flush();
    locations.push({ file: files.size, offset: size, length: blob.length });
    current.push(blob);
    size += blob.length;
  }
  flush();
  return { files, locations };
}
