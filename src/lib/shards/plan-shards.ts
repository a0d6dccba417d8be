import { createHash } from 'node:crypto';
import { divisionsNamed } from '../places/divisions.ts';
import { type BureauReport, issuerTimelines } from '../archive/issuer-timelines.ts';
import { hash32 } from '../text/hash.ts';
import { regionSlug } from '../text/pinyin-slug.ts';

/** What the plan needs of one report: read from its front matter alone, so planning never renders anything. */
export interface ShardEntry {
  slug: string;
  /** SHA-256 of the report file's bytes, hex. */
  sha256: string;
  /** Province as written, folded to Simplified script; absent when the report names none. */
  province?: string;
  /** City, folded the same way; with the province and issuer it tells one bureau from a namesake elsewhere. */
  city?: string;
  year: number | null;
  /** Title, issuer and date as the front matter writes them: what links between one bureau's reports show. */
  title: string;
  issuer: string;
  date: string | null;
  /** Report type as the front matter writes it (summary, plan…): the report page pairs a plan with its summary. */
  type: string;
  /** Script of the report (zh-Hans or zh-Hant), for the language of its title where others list it. Default zh-Hans. */
  script?: string;
  /** Set when the report hides names (xx县教育局): such an issuer names no one bureau. Default false. */
  anonymized?: boolean;
}

export interface Shard {
  /** Stable name, safe in file names and CI job names: 41-henan, 41-henan-2016-2023, unplaced. */
  id: string;
  /** The province the shard holds, or null for reports that name none. */
  province: string | null;
  /** The years the shard covers when its province is split; null when it holds the whole province. */
  years: { from: number; to: number } | 'undated' | null;
  /** Slugs in code-point order. */
  slugs: string[];
  /**
   * SHA-256 of the code version, every report's slug and file hash, and the
   * reports of other shards its pages list among their bureau's reports
   * (issuerTimelines): unchanged means the shard's output is too.
   */
  hash: string;
}

export interface ShardPlan {
  maxReports: number;
  codeVersion: string;
  shards: Shard[];
  /** Shards that stay over the limit because a single year of one province holds more reports than that. */
  oversized: string[];
}

/**
 * Year spans a large province is cut into, widest first. Spans are aligned
 * (2016–2023 for eight years), so where a report goes depends on its own year
 * and on how finely its province is cut, never on its neighbours: adding a
 * report moves no other report unless its province has to be cut more finely.
 */
const spanWidths = [8, 4, 2, 1] as const;

function provinceId(province: string | undefined): string {
  if (province === undefined) return 'unplaced';
  const division = divisionsNamed(province).find((candidate) => candidate.level === 'province');
  if (division) return `${division.code.slice(0, 2)}-${regionSlug(division.name)}`;
  // A name the divisions do not hold still gets a stable id; the hash keeps two such names apart.
  return `x-${regionSlug(province)}-${hash32(province).toString(36)}`;
}

function spanOf(year: number | null, width: number): { from: number; to: number } | 'undated' {
  if (year === null) return 'undated';
  const from = year - (year % width);
  return { from, to: from + width - 1 };
}

function spanKey(span: { from: number; to: number } | 'undated'): string {
  return span === 'undated' ? 'undated' : span.from === span.to ? String(span.from) : `${span.from}-${span.to}`;
}

/** The widest aligned span that keeps every part of the province within the limit, or single years. */
function widthFor(entries: readonly ShardEntry[], maxReports: number): number {
  for (const width of spanWidths) {
    const counts = new Map<string, number>();
    for (const entry of entries) {
      const key = spanKey(spanOf(entry.year, width));
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    if (Math.max(...counts.values()) <= maxReports) return width;
  }
  return 1;
}

function shardHash(
  codeVersion: string,
  entries: readonly ShardEntry[],
  timelines: Map<string, BureauReport[]>,
): string {
  const hash = createHash('sha256').update(`${codeVersion}\n`);
  const members = new Set(entries.map((entry) => entry.slug));
  for (const entry of entries) hash.update(`${entry.slug} ${entry.sha256}\n`);
  // A report's page lists its bureau's reports and offers comparisons with some, chosen by type: those in other
  // shards (other year spans) are part of it. Each bureau is hashed once, however many of its reports the shard
  // holds; bureaus come in the entries' order.
  const bureaus = new Set(entries.map((entry) => timelines.get(entry.slug) ?? []));
  for (const bureau of bureaus)
    for (const other of bureau)
      if (!members.has(other.slug))
        hash.update(`> ${other.slug} ${other.year} ${other.type} ${other.script} ${other.title}\n`);
  return hash.digest('hex');
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Cuts the archive into shards that CI builds on separate runners: one per
 * province, a province over `maxReports` cut into aligned year spans, and the
 * reports that name no province in a shard of their own (cut the same way).
 */
export function planShards(entries: readonly ShardEntry[], maxReports: number, codeVersion: string): ShardPlan {
  const byProvince = new Map<string, ShardEntry[]>();
  // A few dozen provinces among all the reports: each name is looked up in the divisions once.
  const idOf = new Map<string | undefined, string>();
  for (const entry of entries) {
    let id = idOf.get(entry.province);
    if (id === undefined) {
      id = provinceId(entry.province);
      idOf.set(entry.province, id);
    }
    const members = byProvince.get(id) ?? [];
    members.push(entry);
    byProvince.set(id, members);
  }
  const timelines = issuerTimelines(entries);
  const shards: Shard[] = [];
  const oversized: string[] = [];
  for (const [id, members] of [...byProvince].sort(([a], [b]) => byCodePoint(a, b))) {
    const province = members[0]!.province ?? null;
    const parts = new Map<string, { years: Shard['years']; members: ShardEntry[] }>();
    if (members.length <= maxReports) parts.set(id, { years: null, members });
    else {
      const width = widthFor(members, maxReports);
      for (const member of members) {
        const span = spanOf(member.year, width);
        const partId = `${id}-${spanKey(span)}`;
        const part = parts.get(partId) ?? { years: span, members: [] };
        part.members.push(member);
        parts.set(partId, part);
      }
    }
    for (const [partId, part] of [...parts].sort(([a], [b]) => byCodePoint(a, b))) {
      const sorted = part.members.toSorted((a, b) => byCodePoint(a.slug, b.slug));
      if (sorted.length > maxReports) oversized.push(partId);
      shards.push({
        id: partId,
        province,
        years: part.years,
        slugs: sorted.map((entry) => entry.slug),
        hash: shardHash(codeVersion, sorted, timelines),
      });
    }
  }
  return { maxReports, codeVersion, shards, oversized };
}
