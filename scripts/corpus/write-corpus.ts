import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Converter } from 'opencc-js';
import sharp from 'sharp';
import { generateReport } from './generate-report.ts';

interface CorpusOptions {
  reports: number;
  /** Content folder to create: it gets reports/, topics.yml and site.yml. */
  outDir: string;
  seed: number;
  /** The vocabulary the reports are tagged with. */
  topicsFile: string;
  onProgress?(done: number, total: number): void;
}

interface CorpusSummary {
  reports: number;
  bytes: number;
  images: number;
}

const imageNames = ['chart-a.png', 'chart-b.png', 'chart-c.png', 'chart-d.png'];

/** Bar charts drawn from fixed numbers: the same bytes on every run. */
async function drawChart(index: number): Promise<Buffer> {
  const bars = Array.from({ length: 6 }, (_, bar) => 80 + ((index * 37 + bar * 53) % 220));
  const rects = bars
    .map(
      (height, bar) => `<rect x="${60 + bar * 130}" y="${360 - height}" width="90" height="${height}" fill="#8f2a1d"/>`,
    )
    .join('');
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="880" height="400"><rect width="880" height="400" fill="#f4f1ea"/>' +
    `${rects}</svg>`;
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer();
}

/**
 * Writes a generated archive: N reports valid against the schema, about a tenth
 * in Traditional script, a few with a chart image beside them.
 */
export async function writeCorpus(options: CorpusOptions): Promise<CorpusSummary> {
  await rm(options.outDir, { recursive: true, force: true });
  const reportsDir = join(options.outDir, 'reports');
  await mkdir(reportsDir, { recursive: true });
  await copyFile(options.topicsFile, join(options.outDir, 'topics.yml'));
  await writeFile(
    join(options.outDir, 'site.yml'),
    `title: 生成语料档案\ntagline: 用于测量速度和检索质量的生成报告（${options.reports} 篇，种子 ${options.seed}）。\ndescription: 由项目的语料生成器按固定种子生成的报告，内容是虚构的。\n`,
  );
  const charts = await Promise.all(imageNames.map((_, index) => drawChart(index)));
  const toTraditional = Converter({ from: 'cn', to: 'twp' });
  const summary: CorpusSummary = { reports: options.reports, bytes: 0, images: 0 };
  const folders = new Set<string>();
  for (let index = 0; index < options.reports; index += 1) {
    const report = generateReport(index, { seed: options.seed, toTraditional, images: imageNames });
    const file = join(reportsDir, report.path);
    const folder = dirname(file);
    if (!folders.has(folder)) {
      await mkdir(folder, { recursive: true });
      folders.add(folder);
    }
    await writeFile(file, report.markdown);
    summary.bytes += Buffer.byteLength(report.markdown);
    if (report.image) {
      await writeFile(join(folder, report.image), charts[imageNames.indexOf(report.image)]!);
      summary.images += 1;
    }
    if (index % 100 === 0) options.onProgress?.(index, options.reports);
  }
  options.onProgress?.(options.reports, options.reports);
  return summary;
}
