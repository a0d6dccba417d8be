import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import jsYaml from 'js-yaml';
import { listReportFiles } from '../archive/load-archive.ts';
import { regionValue } from '../facets/registry.ts';
import { splitFrontMatter } from '../markdown/front-matter.ts';
import type { ShardEntry } from './plan-shards.ts';

/** A report whose front matter does not say where it belongs: npm run check explains what is wrong with it. */
export interface UnplannedFile {
  file: string;
  message: string;
}

function entryOf(file: string, bytes: Buffer): ShardEntry | UnplannedFile {
  const split = splitFrontMatter(bytes.toString('utf8'));
  if (!split.ok) return { file, message: '没有 front matter' };
  let meta: unknown;
  try {
    meta = jsYaml.load(split.frontMatter, { schema: jsYaml.CORE_SCHEMA });
  } catch {
    return { file, message: 'front matter 不是有效的 YAML' };
  }
  const { year, region, title, issuer, date, type, script, anonymized } = (meta ?? {}) as Record<string, unknown> & {
    region?: { province?: unknown; city?: unknown };
  };
  if (year !== null && !Number.isInteger(year)) return { file, message: 'year 应为整数或 null' };
  const province = typeof region?.province === 'string' ? regionValue(region.province) : undefined;
  const city = typeof region?.city === 'string' ? regionValue(region.city) : undefined;
  return {
    slug: basename(file, '.md'),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    ...(province ? { province } : {}),
    ...(city ? { city } : {}),
    ...(script === 'zh-Hant' ? { script } : {}),
    ...(anonymized === true ? { anonymized } : {}),
    year: year as number | null,
    title: typeof title === 'string' ? title : '',
    issuer: typeof issuer === 'string' ? issuer : '',
    date: typeof date === 'string' ? date : null,
    type: typeof type === 'string' ? type : 'other',
  };
}

/**
 * The province, year and file hash of every report, read from front matter
 * alone: planning 200,000 reports takes seconds because nothing is rendered
 * or validated beyond what the plan needs.
 */
export async function readShardEntries(
  reportsDir: string,
): Promise<{ entries: ShardEntry[]; unplanned: UnplannedFile[] }> {
  const files = await listReportFiles(reportsDir);
  const read = new Array<ShardEntry | UnplannedFile>(files.length);
  // A few reads in flight: the disk works while the front matter already read is parsed.
  let next = 0;
  const readers = Array.from({ length: Math.min(16, files.length) }, async () => {
    while (next < files.length) {
      const index = next++;
      read[index] = entryOf(files[index]!, await readFile(files[index]!));
    }
  });
  await Promise.all(readers);
  const entries: ShardEntry[] = [];
  const unplanned: UnplannedFile[] = [];
  for (const entry of read) {
    if ('slug' in entry) entries.push(entry);
    else unplanned.push(entry);
  }
  return { entries, unplanned };
}
