import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveImages } from '../../../src/lib/archive/resolve-images.ts';
import { createMarkdown } from '../../../src/lib/markdown/renderer.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const md = createMarkdown();
const root = tempDir('resolve-images-');
const contentDir = join(root, 'content');
const reportDir = join(contentDir, 'reports', '2021');
const file = join(reportDir, 'a.md');

beforeAll(async () => {
  mkdirSync(reportDir, { recursive: true });
  const png = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#8f2a1d' } })
    .png()
    .toBuffer();
  writeFileSync(join(reportDir, 'chart.png'), png);
  writeFileSync(join(reportDir, '图 表.png'), png);
  writeFileSync(join(reportDir, 'broken.png'), 'not an image');
  writeFileSync(join(root, 'outside.png'), png);
});

const resolve = (body: string, base = '/') =>
  resolveImages(md.parse(body, {}), { file, bodyLine: 5, contentDir, base });
const problems = async (body: string) =>
  (await resolve(body)).diagnostics.map((diagnostic) => [diagnostic.line, diagnostic.field, diagnostic.message]);

describe('the images of a report', () => {
  it('measures an image beside the report and renders it under the base path', async () => {
    const result = await resolve('![柱状图](chart.png)', '/archive/');
    expect(result.diagnostics).toEqual([]);
    expect(result.sources).toEqual([
      { file: join(reportDir, 'chart.png'), hash: expect.stringMatching(/^[0-9a-f]{64}$/), width: 1600, height: 900 },
    ]);
    const rendered = result.rendered.get('chart.png')!;
    expect(rendered.src).toMatch(/^\/archive\/img\/[0-9a-f]{16}-960\.webp$/);
    expect([rendered.width, rendered.height]).toEqual([1440, 810]);
  });

  it('measures an image used twice only once', async () => {
    const result = await resolve('![甲](chart.png)\n\n![乙](chart.png)');
    expect(result.sources).toHaveLength(1);
  });

  it('decodes an escaped file name', async () => {
    const result = await resolve('![图表](%E5%9B%BE%20%E8%A1%A8.png)');
    expect(result.diagnostics).toEqual([]);
    expect(result.sources[0]!.file).toBe(join(reportDir, '图 表.png'));
  });

  it('needs alt text', async () => {
    expect(await problems('![](chart.png)')).toEqual([[5, 'image', '图片 chart.png 缺少替代文字']]);
  });

  it('refuses remote images and images outside the content folder', async () => {
    expect(await problems('![图](https://example.org/a.png)\n\n![图](//cdn.example.org/a.png)')).toEqual([
      [5, 'image', '图片 https://example.org/a.png 不是本地文件'],
      [7, 'image', '图片 //cdn.example.org/a.png 不是本地文件'],
    ]);
    expect(await problems('![图](../../../outside.png)')).toEqual([
      [5, 'image', '图片 ../../../outside.png 在内容目录之外'],
    ]);
  });

  it('reports a missing file and a file that is not an image', async () => {
    expect(await problems('![图](missing.png)\n\n![图](broken.png)')).toEqual([
      [5, 'image', '找不到图片文件 missing.png'],
      [7, 'image', '图片 broken.png 无法读取'],
    ]);
  });
});
