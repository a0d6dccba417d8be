import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import type { ImageSource, ImageVariant } from './variants.ts';

/** Reads an image's size (after EXIF rotation) and the hash that names its variants. */
export async function probeImage(file: string): Promise<ImageSource> {
  const bytes = await readFile(file);
  const metadata = await sharp(bytes).metadata();
  const rotated = (metadata.orientation ?? 1) >= 5;
  const width = (rotated ? metadata.height : metadata.width) ?? 0;
  const height = (rotated ? metadata.width : metadata.height) ?? 0;
  if (!width || !height) throw new Error('无法读取图片尺寸');
  return { file, hash: createHash('sha256').update(bytes).digest('hex'), width, height };
}

/** WebP at quality 80: about a third of a JPEG's bytes for scans and charts alike. */
export async function encodeVariant(source: ImageSource, variant: ImageVariant): Promise<Uint8Array<ArrayBuffer>> {
  const buffer = await sharp(source.file)
    .autoOrient()
    .resize({ width: variant.width })
    .webp({ quality: 80 })
    .toBuffer();
  return new Uint8Array(buffer);
}
