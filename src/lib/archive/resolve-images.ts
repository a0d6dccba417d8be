import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { RenderedImage } from '../markdown/renderer.ts';
import { findImages } from '../markdown/sections.ts';
import type { Token } from 'markdown-it';
import { probeImage } from '../images/sharp-images.ts';
import { renderedImage, type ImageSource } from '../images/variants.ts';
import type { Diagnostic } from '../validation/diagnostic.ts';

interface ResolvedImages {
  rendered: Map<string, RenderedImage>;
  sources: ImageSource[];
  diagnostics: Diagnostic[];
}

/**
 * Finds the images a report body uses, checks each has alt text and a file
 * beside the report (inside the content folder), and reads their sizes.
 */
export async function resolveImages(
  tokens: readonly Token[],
  context: { file: string; bodyLine: number; contentDir: string; base: string },
): Promise<ResolvedImages> {
  const result: ResolvedImages = { rendered: new Map(), sources: [], diagnostics: [] };
  const problem = (line: number, message: string, hint: string) =>
    result.diagnostics.push({ file: context.file, line: context.bodyLine + line, field: 'image', message, hint });

  for (const image of findImages(tokens)) {
    if (image.alt.trim() === '') {
      problem(
        image.line,
        `图片 ${image.src} 缺少替代文字`,
        '写成 ![图片内容的简短描述](文件名)，读屏软件和图片加载失败时会显示它',
      );
    }
    if (result.rendered.has(image.src)) continue;
    if (/^[a-z][a-z0-9+.-]*:/i.test(image.src) || image.src.startsWith('//')) {
      problem(image.line, `图片 ${image.src} 不是本地文件`, '把图片文件放在报告旁边，用相对路径引用');
      continue;
    }
    const path = resolve(dirname(context.file), safeDecode(image.src.split(/[?#]/)[0] ?? ''));
    const inside = relative(context.contentDir, path);
    if (inside.startsWith('..') || inside.startsWith(sep)) {
      problem(image.line, `图片 ${image.src} 在内容目录之外`, '把图片文件放在报告旁边');
      continue;
    }
    if (!existsSync(path)) {
      problem(image.line, `找不到图片文件 ${image.src}`, '检查文件名和大小写；路径相对于报告文件所在的目录');
      continue;
    }
    try {
      const source = await probeImage(path);
      result.sources.push(source);
      result.rendered.set(image.src, renderedImage(source, context.base));
    } catch {
      problem(image.line, `图片 ${image.src} 无法读取`, '支持 JPEG、PNG、WebP、AVIF、GIF、TIFF 和 SVG');
    }
  }
  return result;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
