import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ImportedReport, ImportOutcome } from '../../src/lib/importer/import-text.ts';

/** One report a gallery page should give, as its golden file writes it. */
interface ExpectedReport {
  file: string;
  meta: Record<string, unknown>;
  /** `## heading` lines and paragraphs, one block each, as published (no escapes, no topics). */
  blocks: string[];
}

/** One saved page with the reports it should give (the format of tests/fixtures/importer/gallery/README.md). */
interface GalleryCase {
  name: string;
  page: Uint8Array;
  style: string;
  kinds: string[];
  expected: ExpectedReport[];
}

/** The fields a golden file is compared on. */
const comparedFields = ['title', 'issuer', 'region', 'level', 'year', 'date', 'type', 'script', 'anonymized'] as const;
type ComparedField = (typeof comparedFields)[number];

/**
 * The fields a page must get right to count as clean: title, type, year and
 * date, script, anonymization, and the body. Issuer, region and level are
 * reported but do not make a page unclean, since a reviewer fills them from
 * the place data in one step.
 */
const cleanFields = new Set<Difference['field']>([
  'title',
  'type',
  'year',
  'date',
  'script',
  'anonymized',
  'body',
  'reports',
]);

interface Difference {
  field: ComparedField | 'body' | 'reports';
  message: string;
}

function readExpected(file: string): ExpectedReport {
  const text = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}：没有 front matter`);
  const blocks = match[2]!
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  return { file, meta: (parse(match[1]!) ?? {}) as Record<string, unknown>, blocks };
}

/** Every case folder under `dir`: a `page.*` file, `expected/N.md`, and an optional `case.yml`. */
export function readGallery(dir: string): GalleryCase[] {
  if (!existsSync(dir)) throw new Error(`没有这个目录：${dir}`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((name) => {
      const caseDir = join(dir, name);
      const page = readdirSync(caseDir).find((file) => file.startsWith('page.'));
      if (!page) throw new Error(`${caseDir}：没有 page.* 文件`);
      const expectedDir = join(caseDir, 'expected');
      if (!existsSync(expectedDir)) throw new Error(`${caseDir}：没有 expected/ 目录`);
      const infoFile = join(caseDir, 'case.yml');
      const info = (existsSync(infoFile) ? parse(readFileSync(infoFile, 'utf8')) : {}) as {
        style?: string;
        kinds?: string[];
      };
      const expected = readdirSync(expectedDir)
        .filter((file) => file.endsWith('.md'))
        .sort((a, b) => parseInt(a, 10) - parseInt(b, 10))
        .map((file) => readExpected(join(expectedDir, file)));
      if (expected.length === 0) throw new Error(`${expectedDir}：没有期望结果（1.md …）`);
      return {
        name,
        page: new Uint8Array(readFileSync(join(caseDir, page))),
        style: info.style ?? '',
        kinds: info.kinds ?? [],
        expected,
      };
    });
}

/** The imported report in the golden form: headings as `#` lines without topics, paragraphs as published. */
function actualBlocks(report: ImportedReport): string[] {
  return report.blocks.map((block) =>
    block.kind === 'heading' ? `${'#'.repeat(block.depth)} ${block.text}` : block.text,
  );
}

function fieldValue(meta: Record<string, unknown>, field: ComparedField): unknown {
  if (field !== 'region') return meta[field] ?? null;
  return Object.fromEntries(Object.entries((meta.region as object | undefined) ?? {}).filter(([, value]) => value));
}

function firstBlockDifference(got: string[], want: string[]): string | undefined {
  for (let index = 0; index < Math.max(got.length, want.length); index += 1) {
    const a = got[index] ?? '';
    const b = want[index] ?? '';
    if (a === b) continue;
    let at = 0;
    while (at < a.length && a[at] === b[at]) at += 1;
    const from = Math.max(0, at - 20);
    return `第 ${index + 1} 块从第 ${at} 个字起不同：得到 ${JSON.stringify(a.slice(from, at + 40))}，应为 ${JSON.stringify(b.slice(from, at + 40))}`;
  }
  return undefined;
}

/**
 * Every way an imported report differs from its golden file; empty when it
 * matches. Region and date are compared even when the golden file leaves them
 * out (then the importer must not invent them); other fields only when written.
 */
function reportDifferences(actual: ImportedReport, expected: ExpectedReport): Difference[] {
  const differences: Difference[] = [];
  const meta = actual.meta as Record<string, unknown>;
  for (const field of comparedFields) {
    if (!(field in expected.meta) && field !== 'date' && field !== 'region') continue;
    const want = field === 'region' ? (expected.meta.region ?? {}) : (expected.meta[field] ?? null);
    const got = fieldValue(meta, field);
    if (JSON.stringify(got) !== JSON.stringify(want))
      differences.push({ field, message: `${field}：得到 ${JSON.stringify(got)}，应为 ${JSON.stringify(want)}` });
  }
  const got = actualBlocks(actual);
  const blockDifference = firstBlockDifference(got, expected.blocks);
  if (blockDifference) differences.push({ field: 'body', message: blockDifference });
  if (got.length !== expected.blocks.length)
    differences.push({ field: 'body', message: `块数：得到 ${got.length}，应为 ${expected.blocks.length}` });
  return differences;
}

export interface CaseScore {
  name: string;
  style: string;
  kinds: string[];
  /** Every field and the body match the golden files. */
  exact: boolean;
  /** Title, type, year, date, script, anonymization and body match (see cleanFields). */
  clean: boolean;
  /** Differences prefixed with the report's number on the page, or the import error. */
  differences: (Difference & { report: number })[];
}

/** Compares what the importer made of a case's page with the golden files, report by report in order. */
export function scoreImport(gallery: GalleryCase, outcome: ImportOutcome): CaseScore {
  const differences: CaseScore['differences'] = [];
  if (!outcome.ok) {
    differences.push({ report: 0, field: 'reports', message: `导入失败：${outcome.error}` });
  } else {
    if (outcome.reports.length !== gallery.expected.length) {
      const titles = outcome.reports.map((report) => report.title).join(' | ');
      differences.push({
        report: 0,
        field: 'reports',
        message: `报告篇数：得到 ${outcome.reports.length}（${titles}），应为 ${gallery.expected.length}`,
      });
    }
    gallery.expected.forEach((expected, index) => {
      const actual = outcome.reports[index];
      if (actual)
        differences.push(
          ...reportDifferences(actual, expected).map((difference) => ({ ...difference, report: index + 1 })),
        );
    });
  }
  return {
    name: gallery.name,
    style: gallery.style,
    kinds: gallery.kinds,
    exact: differences.length === 0,
    clean: differences.every((difference) => !cleanFields.has(difference.field)),
    differences,
  };
}

interface GallerySummary {
  cases: number;
  exact: number;
  clean: number;
  /** Cases that got each field wrong (a case counts once per field). */
  wrongFields: Partial<Record<Difference['field'], number>>;
  /** Per kind of mess: cases carrying it, and how many of them came out clean. */
  kinds: Record<string, { cases: number; clean: number }>;
}

/** Totals over the scored cases: pass rates, the fields most often wrong, and clean rates per kind of mess. */
export function summarizeScores(scores: readonly CaseScore[]): GallerySummary {
  const wrongFields: GallerySummary['wrongFields'] = {};
  const kinds: GallerySummary['kinds'] = {};
  for (const score of scores) {
    for (const field of new Set(score.differences.map((difference) => difference.field)))
      wrongFields[field] = (wrongFields[field] ?? 0) + 1;
    for (const kind of score.kinds) {
      const figures = kinds[kind] ?? { cases: 0, clean: 0 };
      kinds[kind] = figures;
      figures.cases += 1;
      if (score.clean) figures.clean += 1;
    }
  }
  return {
    cases: scores.length,
    exact: scores.filter((score) => score.exact).length,
    clean: scores.filter((score) => score.clean).length,
    wrongFields,
    kinds,
  };
}
