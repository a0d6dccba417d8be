import type { IndexSource } from '../index-source.ts';

/**
 * Fetches the index over HTTP with range requests. A host that ignores Range
 * answers 200 with the whole file: the file is then kept and sliced, so search
 * still works, only with a bigger first download.
 */
export function browserSource(root: string): IndexSource {
  const wholeFiles = new Map<string, Promise<Uint8Array>>();
  const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer());
  return {
    file: async (name) => {
      const response = await fetch(root + name);
      if (!response.ok) throw new Error(`检索索引文件 ${name} 无法读取（${response.status}）`);
      return bytesOf(response);
    },
    range: async (name, offset, length) => {
      const whole = wholeFiles.get(name);
      if (whole) return (await whole).subarray(offset, offset + length);
      // Chromium lets one request per address through its HTTP cache at a time: ten records from one file would
      // arrive one after another, a round trip each. Ranges bypass the cache; the index keeps what it decoded.
      const response = await fetch(root + name, {
        headers: { Range: `bytes=${offset}-${offset + length - 1}` },
        cache: 'no-store',
      });
      if (response.status === 206) return bytesOf(response);
      if (!response.ok) throw new Error(`检索索引文件 ${name} 无法读取（${response.status}）`);
      // Requests sent together all come back whole: the first one's download serves them all.
      const pending = wholeFiles.get(name);
      if (pending) {
        void response.body?.cancel();
        return (await pending).subarray(offset, offset + length);
      }
      const file = bytesOf(response);
      wholeFiles.set(name, file);
      file.catch(() => wholeFiles.delete(name));
      return (await file).subarray(offset, offset + length);
    },
    inflate: async (bytes) => {
      const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
        .stream()
        .pipeThrough(new DecompressionStream('deflate-raw'));
      return new Uint8Array(await new Response(stream).arrayBuffer());
    },
  };
}
