import { describe, expect, it } from 'vitest';
import { deflate, inflate, postingsLevel } from '../../../../src/lib/search/build/deflate.ts';

async function inflateAsBrowser(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe('deflating index files', () => {
  const text = new TextEncoder().encode('全县教育系统围绕办好人民满意的教育这一目标，扎实推进各项工作。'.repeat(40));

  it('writes raw DEFLATE that a browser’s DecompressionStream reads back', async () => {
    const packed = deflate(text);
    expect(packed.length).toBeLessThan(text.length / 10);
    expect(await inflateAsBrowser(packed)).toEqual(text);
  });

  it('packs postings at the faster level, which reads back the same', async () => {
    const fast = deflate(text, postingsLevel);
    expect(await inflateAsBrowser(fast)).toEqual(text);
    expect(fast).not.toEqual(deflate(text, 9));
  });

  it('reads back what it wrote, as the merge of shard indexes needs', () => {
    expect(inflate(deflate(text))).toEqual(text);
    expect(inflate(deflate(text, postingsLevel))).toEqual(text);
  });
});
