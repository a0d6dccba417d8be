import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { ImportedReport } from '../../src/lib/importer/import-text.ts';

export const galleryDir = resolve(import.meta.dirname, '../fixtures/importer/gallery');

export interface ExpectedReport {
  file: string;
  meta: Record<string, unknown>;
  blocks: string[];
}

export interface GalleryCase {
  name: string;
  page: Uint8Array;
  style: string;
  kinds: string[];
  expected: ExpectedReport[];
}

/** A report body as blocks: `## heading` lines and paragraphs, as the golden files write them (no escapes, no topics). */
function goldenBlocks(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
}

function readExpected(file: string): ExpectedReport {
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no front matter`);
  return { file, meta: parse(match[1]!) as Record<string, unknown>, blocks: goldenBlocks(match[2]!) };
}

export function galleryCases(): GalleryCase[] {
  return readdirSync(galleryDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const dir = join(galleryDir, name);
      const files = readdirSync(dir);
      const page = files.find((file) => file.startsWith('page.'));
      if (!page) throw new Error(`${name}: no page.*`);
      const info = parse(readFileSync(join(dir, 'case.yml'), 'utf8')) as { style: string; kinds: string[] };
      const expected = readdirSync(join(dir, 'expected'))
        .filter((file) => file.endsWith('.md'))
        .sort((a, b) => parseInt(a, 10) - parseInt(b, 10))
        .map((file) => readExpected(join(dir, 'expected', file)));
      return { name, page: new Uint8Array(readFileSync(join(dir, page))), style: info.style, kinds: info.kinds, expected };
    });
}

/** The imported report in the golden form: headings as `#` lines without topics, paragraphs as published. */
export function actualBlocks(report: ImportedReport): string[] {
  return report.blocks.map((block) => (block.kind === 'heading' ? `${'#'.repeat(block.depth)} ${block.text}` : block.text));
}

const compared = ['title', 'issuer', 'region', 'level', 'year', 'date', 'type', 'script', 'anonymized'] as const;

/** Every way an imported report differs from its golden file; empty when it matches. */
export function reportDifferences(actual: ImportedReport, expected: ExpectedReport): string[] {
  const differences: string[] = [];
  const meta = actual.meta as Record<string, unknown>;
  for (const field of compared) {
    if (!(field in expected.meta) && field !== 'date' && field !== 'region') continue;
    const want = field === 'region' ? (expected.meta.region ?? {}) : expected.meta[field];
    const got = field === 'region' ? Object.fromEntries(Object.entries((meta.region as object | undefined) ?? {}).filter(([, value]) => value)) : meta[field];
    if (JSON.stringify(got ?? null) !== JSON.stringify(want ?? null)) differences.push(`${field}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  }
  const got = actualBlocks(actual);
  const want = expected.blocks;
  const length = Math.max(got.length, want.length);
  for (let index = 0; index < length; index += 1) {
    if (got[index] !== want[index]) {
      const a = got[index] ?? '';
      const b = want[index] ?? '';
      let at = 0;
      while (at < a.length && a[at] === b[at]) at += 1;
      const from = Math.max(0, at - 20);
      differences.push(`block ${index + 1} differs at character ${at}: got ${JSON.stringify(a.slice(from, at + 40))}, want ${JSON.stringify(b.slice(from, at + 40))}`);
      break;
    }
  }
  if (got.length !== want.length) differences.push(`blocks: got ${got.length}, want ${want.length}`);
  return differences;
}
