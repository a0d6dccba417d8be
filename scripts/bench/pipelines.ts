import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { indexFolder } from '../../src/lib/search/format.ts';
import { writeStockLoaderPage } from './browser-search.ts';
import { runMeasured, type Measured } from './measure.ts';
import { folderSize } from './sizes.ts';

interface Stage {
  name: string;
  seconds: number;
  peakRssMb: number;
}

export interface PipelineResult {
  stages: Stage[];
  totalSeconds: number;
  peakRssMb: number;
  /** The built site. */
  siteDir: string;
  output: { files: number; bytes: number };
  index: { files: number; bytes: number };
  /** Seconds spent building the search index, where it overlaps another stage. */
  indexSeconds?: number;
}

function stageOf(name: string, measured: Measured): Stage {
  if (measured.status !== 0)
    throw new Error(`${name} 失败（退出状态 ${measured.status}）：\n${measured.output.slice(-4000)}`);
  return { name, seconds: measured.seconds, peakRssMb: measured.peakRssMb };
}

function totals(stages: readonly Stage[]): { totalSeconds: number; peakRssMb: number } {
  return {
    totalSeconds: stages.reduce((sum, stage) => sum + stage.seconds, 0),
    peakRssMb: Math.max(...stages.map((stage) => stage.peakRssMb)),
  };
}

/** The project's pipeline, as a webmaster runs it: npm run check, then npm run build (pages and index together). */
export async function runProjectPipeline(root: string, contentDir: string, workDir: string): Promise<PipelineResult> {
  const siteDir = join(workDir, 'dist');
  rmSync(siteDir, { recursive: true, force: true });
  const env = { ARCHIVE_CONTENT_DIR: contentDir, ARCHIVE_OUT_DIR: siteDir, ASTRO_TELEMETRY_DISABLED: '1' };
  const check = await runMeasured(process.execPath, [resolve(root, 'scripts/check.ts')], { cwd: root, env });
  const build = await runMeasured(process.execPath, [resolve(root, 'scripts/build.ts')], { cwd: root, env });
  const stages = [stageOf('check', check), stageOf('build', build)];
  // The build's own log line (src/integrations/search-index.ts) is the only place the index's share of the time is known.
  const indexSeconds = Number(/建索引 ([\d.]+) 秒/.exec(build.output)?.[1] ?? Number.NaN);
  if (Number.isNaN(indexSeconds)) console.error('生成日志中没有找到“建索引 … 秒”，检索索引的用时不计入结果。');
  return {
    stages,
    ...totals(stages),
    siteDir,
    output: folderSize(siteDir),
    index: folderSize(join(siteDir, indexFolder)),
    indexSeconds,
  };
}

/**
 * The stock pipeline on the same reports: a plain Astro site (one page per
 * report from a content collection, scripts/bench/stock-site) and default
 * Pagefind over its pages.
 */
export async function runStockPipeline(
  root: string,
  contentDir: string,
  workDir: string,
  pagefindEntry: string,
): Promise<PipelineResult> {
  const project = join(workDir, 'project');
  const siteDir = join(workDir, 'dist');
  const cacheDir = join(workDir, 'cache');
  for (const folder of [project, siteDir, cacheDir]) rmSync(folder, { recursive: true, force: true });
  cpSync(resolve(root, 'scripts/bench/stock-site'), project, { recursive: true });
  if (!existsSync(join(project, 'node_modules')))
    symlinkSync(resolve(root, 'node_modules'), join(project, 'node_modules'), 'dir');
  mkdirSync(cacheDir, { recursive: true });

  const astro = await runMeasured(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: project,
    env: {
      STOCK_CONTENT_DIR: contentDir,
      STOCK_OUT_DIR: siteDir,
      STOCK_CACHE_DIR: cacheDir,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  const astroStage = stageOf('astro build', astro);
  const pagefind = await runMeasured(
    process.execPath,
    [resolve(root, 'scripts/bench/stock-pagefind.ts'), siteDir, pagefindEntry],
    { cwd: root },
  );
  const stages = [astroStage, stageOf('pagefind', pagefind)];
  const result: PipelineResult = {
    stages,
    ...totals(stages),
    siteDir,
    output: folderSize(siteDir),
    index: folderSize(join(siteDir, 'pagefind')),
  };
  // Written after counting the output, so the stock site's figures are Pagefind's alone.
  writeStockLoaderPage(siteDir);
  return result;
}
