import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fingerprintReportFile } from '../archive/fingerprint.ts';
import { listReportFiles } from '../archive/load-archive.ts';
import { createMarkdown } from '../markdown/renderer.ts';
import type { Tagger } from '../topics/tagger.ts';
import { importBytes, type ImportedReport, type PageImport } from './import-text.ts';
import { reportSlug } from './slug.ts';

interface ImportFilesOptions {
  /** Files or folders (searched recursively) to import. */
  inputs: string[];
  /** Folder to write reports to; each goes to <outDir>/<year or undated>/<slug>.md. */
  outDir: string;
  /** Further folders whose reports count for slug clashes and duplicates, e.g. the archive's own. */
  existingDirs?: string[];
  dryRun?: boolean;
  /** Rewrite a report that was imported before instead of skipping it. */
  force?: boolean;
  sourceUrl?: string;
  sourceName?: string;
  tagger: Tagger;
  onProgress?(done: number, total: number, input: string): void;
}

type ReportStatus = 'written' | 'overwritten' | 'planned' | 'duplicate';

interface ReportOutcome {
  title: string;
  slug: string;
  /** Where the file was (or would be) written, or the earlier copy for a duplicate. */
  path: string;
  status: ReportStatus;
  warnings: string[];
  /** How far the text supports each field; the CLI lists the weakest reports and fields first. */
  confidence: ImportedReport['confidence'];
}

export interface InputOutcome {
  input: string;
  ok: boolean;
  error?: string;
  encoding?: string;
  format?: PageImport['format'];
  /** Every line or phrase taken out of the page: where, what, and by which rule. */
  removals?: PageImport['removals'];
  notes?: string[];
  reports: ReportOutcome[];
}

/** Every file under the inputs, folders expanded, hidden files skipped, in a stable order. */
async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (info?.isDirectory()) {
      const entries = await readdir(input, { withFileTypes: true, recursive: true });
      files.push(
        ...entries
          .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
          .map((entry) => join(entry.parentPath, entry.name))
          .sort(),
      );
    } else {
      files.push(input);
    }
  }
  return files;
}

/**
 * Imports raw pages into report files. Each input succeeds or fails on its
 * own; a report whose text is already in the archive (or earlier in this run)
 * is reported as a duplicate and not written again unless `force` is set.
 */
export async function importFiles(options: ImportFilesOptions): Promise<InputOutcome[]> {
  const md = createMarkdown();
  const files = await expandInputs(options.inputs);
  const taken = new Set<string>();
  const known = new Map<string, string>();
  for (const directory of new Set([options.outDir, ...(options.existingDirs ?? [])])) {
    for (const file of await listReportFiles(directory)) {
      taken.add(basename(file, '.md'));
      known.set(fingerprintReportFile(md, await readFile(file, 'utf8')), file);
    }
  }

  const outcomes: InputOutcome[] = [];
  for (const [index, input] of files.entries()) {
    options.onProgress?.(index, files.length, input);
    outcomes.push(await importOne(input, options, { md, taken, known }));
  }
  options.onProgress?.(files.length, files.length, '');
  return outcomes;
}

async function importOne(
  input: string,
  options: ImportFilesOptions,
  state: { md: ReturnType<typeof createMarkdown>; taken: Set<string>; known: Map<string, string> },
): Promise<InputOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(input));
  } catch (error) {
    return {
      input,
      ok: false,
      error: `无法读取：${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      reports: [],
    };
  }
  const page = importBytes(bytes, {
    tagger: options.tagger,
    ...(options.sourceUrl ? { sourceUrl: options.sourceUrl } : {}),
    ...(options.sourceName ? { sourceName: options.sourceName } : {}),
  });
  if (!page.ok) return { input, ok: false, error: page.error, reports: [] };

  const reports: ReportOutcome[] = [];
  for (const report of page.reports) {
    const fingerprint = fingerprintReportFile(state.md, report.markdown);
    const earlier = state.known.get(fingerprint);
    if (earlier && !options.force) {
      reports.push({
        title: report.title,
        slug: basename(earlier, '.md'),
        path: earlier,
        status: 'duplicate',
        warnings: report.warnings,
        confidence: report.confidence,
      });
      continue;
    }
    const slug = earlier
      ? basename(earlier, '.md')
      : reportSlug(report.meta.issuer, report.meta.year, report.meta.type, (candidate) => state.taken.has(candidate));
    const path = earlier ?? join(options.outDir, String(report.meta.year ?? 'undated'), `${slug}.md`);
    state.taken.add(slug);
    state.known.set(fingerprint, path);
    if (!options.dryRun) {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, report.markdown, 'utf8');
    }
    const status: ReportStatus = options.dryRun ? 'planned' : earlier ? 'overwritten' : 'written';
    reports.push({ title: report.title, slug, path, status, warnings: report.warnings, confidence: report.confidence });
  }
  return {
    input,
    ok: true,
    ...(page.encoding ? { encoding: page.encoding } : {}),
    format: page.format,
    removals: page.removals,
    notes: page.notes,
    reports,
  };
}
