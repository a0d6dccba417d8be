import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ArchivePaths } from '../config/paths.ts';
import { createMarkdown } from '../markdown/renderer.ts';
import { siteSchema } from '../schema/site.ts';
import { vocabularySchema } from '../schema/topic.ts';
import { createTagger } from '../topics/tagger.ts';
import { ContentError, type Diagnostic } from '../validation/diagnostic.ts';
import { findClashes } from './clashes.ts';
import { loadYamlFile } from './load-yaml-file.ts';
import { readReport } from './read-report.ts';
import { compareReports } from './order.ts';
import { readGitInfo } from '../site/git-info.ts';
import type { Archive, Report } from './types.ts';

interface LoadOptions {
  paths: ArchivePaths;
  /** Base path the site is served under, e.g. `/` or `/archive/`. Default `/`. */
  base?: string;
  /** Reference time for the year range check; tests pin it. */
  now?: Date;
  /** False to validate only (what `npm run check` does): no HTML, tagging or image measuring. Default true. */
  render?: boolean;
  /**
   * Read only the reports with these slugs (a shard's), trusting the rest of
   * the archive to the builds of other shards; an empty set reads the settings
   * alone. Default: every report, and an archive without any is an error.
   */
  only?: ReadonlySet<string>;
}

/** Every Markdown file under a folder, subfolders included, in a stable order. */
export async function listReportFiles(directory: string): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(directory, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

interface Inspection {
  archive?: Archive;
  /** Problems that must be fixed: a build stops on any of them. */
  diagnostics: Diagnostic[];
  /** Doubts worth a look that do not stop a build, such as a region that is not a known division. */
  warnings: Diagnostic[];
}

/**
 * Reads and validates the whole archive. Returns the archive (possibly without
 * the reports that failed) and every problem found, so a checker can list them
 * all in one run.
 */
export async function inspectArchive(options: LoadOptions): Promise<Inspection> {
  const { paths, base = '/', now, render = true, only } = options;
  const [vocabulary, site] = await Promise.all([
    loadYamlFile(paths.topicsFile, vocabularySchema),
    loadYamlFile(paths.siteFile, siteSchema),
  ]);
  const diagnostics = [...vocabulary.diagnostics, ...site.diagnostics];
  if (!vocabulary.value || !site.value) return { diagnostics, warnings: [] };

  const topics = vocabulary.value.topics;
  const context = {
    render,
    md: createMarkdown(),
    tagger: createTagger(topics),
    topicIds: new Set(topics.map((topic) => topic.id)),
    topicOrder: new Map(topics.map((topic, index) => [topic.id, index])),
    root: paths.root,
    contentDir: paths.contentDir,
    base,
    ...(now ? { now } : {}),
  };

  const listed = await listReportFiles(paths.reportsDir);
  const files = only ? listed.filter((file) => only.has(basename(file, '.md'))) : listed;
  if (files.length === 0 && !only) {
    diagnostics.push({ file: paths.reportsDir, line: 0, field: 'file', message: '没有找到任何报告（*.md）' });
  }
  const reports: Report[] = [];
  const warnings: Diagnostic[] = [];
  const results = await mapLimited(files, 16, (file) => readReport(file, context));
  for (const result of results) {
    diagnostics.push(...result.diagnostics);
    warnings.push(...result.warnings);
    if (result.report) reports.push(result.report);
  }
  diagnostics.push(...findClashes(reports, files));

  reports.sort(compareReports);
  return {
    diagnostics,
    warnings,
    archive: {
      site: site.value,
      git: readGitInfo(paths.root),
      topics,
      topicById: new Map(topics.map((topic) => [topic.id, topic])),
      reports,
      bySlug: new Map(reports.map((report) => [report.slug, report])),
    },
  };
}

/** Runs `task` on every item with at most `limit` in flight, keeping the items' order: reads overlap parsing. */
async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  });
  await Promise.all(workers);
  return results;
}

/** Like inspectArchive, but any problem is fatal and warnings are left to `npm run check`: what the build uses. */
export async function loadArchive(options: LoadOptions): Promise<Archive> {
  const { archive, diagnostics } = await inspectArchive(options);
  if (diagnostics.length > 0 || !archive) throw new ContentError(diagnostics);
  return archive;
}
