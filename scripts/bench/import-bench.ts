import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { importFiles } from '../../src/lib/importer/import-files.ts';
import type { Tagger } from '../../src/lib/topics/tagger.ts';
import { pageTemplates, type BenchPage, type PageTemplate } from './import-pages.ts';

interface TemplateFigures {
  pages: number;
  /** Reports the pages hold, and reports the importer made of them. */
  expectedReports: number;
  reports: number;
  failed: number;
  medianMs: number;
}

interface ImportBenchResult {
  pages: number;
  expectedReports: number;
  reports: number;
  failures: { page: string; error: string }[];
  seconds: number;
  pagesPerSecond: number;
  medianMs: number;
  maxMs: number;
  slowestPage: string;
  /** Largest resident memory seen by sampling every 50 ms during the import. */
  peakRssMb: number;
  /** The kernel's high-water mark for the whole process (page generation included); absent off Linux. */
  vmHwmMb?: number;
  templates: Record<PageTemplate, TemplateFigures>;
}

interface ImportBenchOptions {
  tagger: Tagger;
  /** Folders whose reports count as already imported, as `npm run import` counts the archive's own. */
  existingDirs?: string[];
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

function median(values: readonly number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function highWaterMarkMb(): number | undefined {
  try {
    const kilobytes = /VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    return kilobytes === undefined ? undefined : Math.round(Number(kilobytes) / 1024);
  } catch {
    return undefined;
  }
}

/**
 * Writes the pages to a temporary folder and imports it the way
 * `npm run import -- --dry-run` does, timing each page between the
 * importer's progress calls. The folder is removed afterwards.
 */
export async function benchImport(
  pages: readonly BenchPage[],
  options: ImportBenchOptions,
): Promise<ImportBenchResult> {
  const root = await mkdtemp(join(tmpdir(), 'bench-import-'));
  try {
    const inputDir = join(root, 'pages');
    await mkdir(inputDir);
    for (const page of pages) await writeFile(join(inputDir, page.name), page.bytes);

    let peakRss = process.memoryUsage.rss();
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 50);
    const times = new Map<string, number>();
    let current: { input: string; started: number } | undefined;
    const started = performance.now();
    const outcomes = await importFiles({
      inputs: [inputDir],
      outDir: join(root, 'reports'),
      ...(options.existingDirs ? { existingDirs: options.existingDirs } : {}),
      dryRun: true,
      tagger: options.tagger,
      onProgress(_done, _total, input) {
        const now = performance.now();
        if (current) times.set(basename(current.input), now - current.started);
        current = { input, started: now };
      },
    });
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage.rss());

    const byName = new Map(pages.map((page) => [page.name, page]));
    const templates = Object.fromEntries(
      pageTemplates.map((template) => [template, { pages: 0, expectedReports: 0, reports: 0, failed: 0, medianMs: 0 }]),
    ) as Record<PageTemplate, TemplateFigures>;
    const templateTimes = new Map<PageTemplate, number[]>(pageTemplates.map((template) => [template, []]));
    for (const outcome of outcomes) {
      const page = byName.get(basename(outcome.input))!;
      const figures = templates[page.template];
      figures.pages += 1;
      figures.expectedReports += page.titles.length;
      figures.reports += outcome.reports.length;
      if (!outcome.ok) figures.failed += 1;
      templateTimes.get(page.template)!.push(times.get(page.name) ?? 0);
    }
    for (const template of pageTemplates) templates[template].medianMs = median(templateTimes.get(template)!);

    let slowest = { page: '', ms: 0 };
    for (const [page, ms] of times) if (ms > slowest.ms) slowest = { page, ms };
    const vmHwmMb = highWaterMarkMb();
    return {
      pages: outcomes.length,
      expectedReports: pages.reduce((total, page) => total + page.titles.length, 0),
      reports: outcomes.reduce((total, outcome) => total + outcome.reports.length, 0),
      failures: outcomes
        .filter((outcome) => !outcome.ok)
        .map((outcome) => ({ page: basename(outcome.input), error: outcome.error ?? '' })),
      seconds,
      pagesPerSecond: outcomes.length / seconds,
      medianMs: median([...times.values()]),
      maxMs: slowest.ms,
      slowestPage: slowest.page,
      peakRssMb: mb(peakRss),
      ...(vmHwmMb === undefined ? {} : { vmHwmMb }),
      templates,
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
