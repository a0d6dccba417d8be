import { describe, expect, it } from 'vitest';
import { planVariants, renderedImage } from '../../../src/lib/images/variants.ts';

const source = (width: number, height: number) => ({ file: '/x.png', hash: 'a'.repeat(64), width, height });

describe('image variants', () => {
  it('offers standard widths up to the original, never upscaling', () => {
    expect(planVariants(source(1600, 900)).map((variant) => [variant.width, variant.height])).toEqual([
      [480, 270],
      [960, 540],
      [1440, 810],
    ]);
    expect(planVariants(source(700, 700)).map((variant) => variant.width)).toEqual([480, 700]);
    expect(planVariants(source(300, 200)).map((variant) => variant.width)).toEqual([300]);
  });

  it('name variants by content hash and width, as WebP', () => {
    expect(planVariants(source(300, 200))[0]!.name).toBe(`${'a'.repeat(16)}-300.webp`);
  });

  it('render with srcset, sizes and the intrinsic size of the largest variant', () => {
    expect(renderedImage(source(1000, 500), '/base/')).toEqual({
      src: `/base/img/${'a'.repeat(16)}-960.webp`,
      srcset: [480, 960, 1000].map((width) => `/base/img/${'a'.repeat(16)}-${width}.webp ${width}w`).join(', '),
      sizes: '(min-width: 48rem) 44rem, 100vw',
      width: 1000,
      height: 500,
    });
  });
});
