import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodeVariant, probeImage } from '../../../src/lib/images/sharp-images.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const folder = tempDir('images-');
const solid = { channels: 3 as const, background: '#8f2a1d' };

async function imageFile(name: string, width: number, height: number, orientation?: number): Promise<string> {
  let image = sharp({ create: { width, height, ...solid } });
  image = name.endsWith('.jpg') ? image.jpeg() : image.png();
  if (orientation) image = image.withMetadata({ orientation });
  const file = join(folder, name);
  writeFileSync(file, await image.toBuffer());
  return file;
}

describe('measuring a source image', () => {
  it('reads its size and names it by the SHA-256 of its bytes', async () => {
    const file = await imageFile('chart.png', 160, 90);
    expect(await probeImage(file)).toEqual({
      file,
      hash: createHash('sha256').update(readFileSync(file)).digest('hex'),
      width: 160,
      height: 90,
    });
  });

  it('gives the size as shown, after the camera’s rotation', async () => {
    const file = await imageFile('photo.jpg', 160, 90, 6);
    expect(await probeImage(file)).toMatchObject({ width: 90, height: 160 });
  });

  it('fails on a file that is not an image', async () => {
    const file = join(folder, 'notes.png');
    writeFileSync(file, '这不是图片');
    await expect(probeImage(file)).rejects.toThrow();
  });
});

describe('encoding a published variant', () => {
  it('writes WebP at the variant’s width, keeping the proportions', async () => {
    const source = await probeImage(await imageFile('wide.png', 400, 200));
    const bytes = await encodeVariant(source, { name: 'x-200.webp', width: 200, height: 100 });
    const metadata = await sharp(bytes).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['webp', 200, 100]);
  });

  it('turns a rotated photo upright', async () => {
    const source = await probeImage(await imageFile('turned.jpg', 160, 90, 6));
    const metadata = await sharp(await encodeVariant(source, { name: 'x-45.webp', width: 45, height: 80 })).metadata();
    expect([metadata.width, metadata.height]).toEqual([45, 80]);
  });
});
