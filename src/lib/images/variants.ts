import type { RenderedImage } from '../markdown/renderer.ts';

/** A source image found beside a report, identified by the hash of its bytes. */
export interface ImageSource {
  file: string;
  hash: string;
  width: number;
  height: number;
}

/** One resized copy to publish. */
export interface ImageVariant {
  /** File name under `/img/`, e.g. `3fa2c1d9e0b4-960.webp`. */
  name: string;
  width: number;
  height: number;
}

/** Widths cover phones (1x and 2x) and the desktop reading column. */
const variantWidths = [480, 960, 1440] as const;

/** The reading column is about 44rem wide; below that the image spans the screen. */
const imageSizes = '(min-width: 48rem) 44rem, 100vw';

export function planVariants(source: ImageSource): ImageVariant[] {
  const widths: number[] = variantWidths.filter((width) => width < source.width);
  if (source.width <= (variantWidths.at(-1) ?? 0)) widths.push(source.width);
  else if (widths.length === 0) widths.push(variantWidths.at(-1)!);
  return widths.map((width) => ({
    name: `${source.hash.slice(0, 16)}-${width}.webp`,
    width,
    height: Math.max(1, Math.round((source.height * width) / source.width)),
  }));
}

export function renderedImage(source: ImageSource, base: string): RenderedImage {
  const variants = planVariants(source);
  const url = (variant: ImageVariant) => `${base.replace(/\/$/, '')}/img/${variant.name}`;
  const largest = variants.at(-1)!;
  const fallback = variants.find((variant) => variant.width >= 960) ?? largest;
  return {
    src: url(fallback),
    srcset: variants.map((variant) => `${url(variant)} ${variant.width}w`).join(', '),
    sizes: imageSizes,
    width: largest.width,
    height: largest.height,
  };
}
