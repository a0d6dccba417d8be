import { buildScopeOf, type BuildScope } from '../config/build-scope.ts';
import { resolveArchivePaths } from '../config/paths.ts';
import { summaryIndexVersion } from '../search/build/index-input.ts';
import { codeVersion } from '../shards/code-version.ts';
import { planArchive } from '../shards/plan-archive.ts';
import { readSavedPlan, reportsChangedSince, type SavedPlan } from '../shards/saved-plan.ts';
import type { ShardPlan } from '../shards/plan-shards.ts';
import { readShardManifest, ShardError, type ShardManifest } from '../shards/shard-manifest.ts';
import { catalogueOf } from './catalogue.ts';
import { type BureauReport, issuerTimelines } from './issuer-timelines.ts';
import { loadArchive } from './load-archive.ts';
import { compareReports } from './order.ts';
import { placeYearGroups } from './place-year.ts';
import type { Archive, Catalogue, Report } from './types.ts';

/**
 * The archive is read once per build. Astro runs the integration and the page
 * bundles as separate module instances in one process, so the cache lives on
 * globalThis: the build's first step loads and validates the archive, and
 * every page reuses that copy.
 */
const storeKey = Symbol.for('edu-bureau-archive.archives');
type Store = Map<string, Promise<unknown>>;

function store(): Store {
  const holder = globalThis as { [storeKey]?: Store };
  holder[storeKey] ??= new Map();
  return holder[storeKey];
}

function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  const paths = resolveArchivePaths();
  const scope = buildScopeOf();
  const full = `${key}\n${paths.contentDir}\n${paths.shardsDir}\n${JSON.stringify(scope)}`;
  let value = store().get(full) as Promise<T> | undefined;
  if (!value) {
    value = load();
    store().set(full, value);
  }
  return value;
}

interface Planned {
  plan: ShardPlan;
  /** A report's bureau's reports, newest first, itself among them; empty for a report the plan does not know. */
  timelineOf(slug: string): readonly BureauReport[];
  /** The saved plan the builds read, when ARCHIVE_SHARD_PLAN names one. */
  saved?: SavedPlan;
}

/** The shard plan: saved by `npm run shards -- --save`, or worked out from every report's front matter. */
export function getShardPlan(): Promise<Planned> {
  return cached('plan', async () => {
    const paths = resolveArchivePaths();
    if (paths.shardPlanFile) {
      const saved = readSavedPlan(paths.shardPlanFile, codeVersion(paths));
      const timelines = new Map(
        saved.bureaus.flatMap((timeline) =>
          timeline.map((report): [string, BureauReport[]] => [report.slug, timeline]),
        ),
      );
      return { plan: saved.plan, timelineOf: (slug: string) => timelines.get(slug) ?? [], saved };
    }
    const planned = await planArchive(paths);
    if (!planned.ok) throw new ShardError(planned.problems.join('\n'));
    const timelines = issuerTimelines(planned.entries);
    return { plan: planned.plan, timelineOf: (slug: string) => timelines.get(slug) ?? [] };
  });
}

function shardOf(plan: ShardPlan, id: string) {
  const shard = plan.shards.find((candidate) => candidate.id === id);
  if (!shard) {
    const known = plan.shards.map((candidate) => candidate.id).join('、');
    throw new ShardError(`没有名为 ${id} 的分片。现有分片：${known || '（无）'}。npm run shards 列出全部。`);
  }
  return shard;
}

/** The reports whose pages this build makes: all of them, one shard's, or none for an assembly. */
async function reportsToRead(scope: BuildScope): Promise<ReadonlySet<string> | undefined> {
  if (scope.kind === 'whole') return undefined;
  if (scope.kind === 'assembly') return new Set();
  const { plan } = await getShardPlan();
  return new Set(shardOf(plan, scope.id).slugs);
}

/** A shard built from a saved plan checks that its reports are the ones the plan was made from. */
async function checkAgainstSavedPlan(archive: Archive, scope: BuildScope): Promise<void> {
  if (scope.kind !== 'shard') return;
  const { plan, saved } = await getShardPlan();
  if (!saved) return;
  const changed = reportsChangedSince(saved, archive.reports);
  const missing = shardOf(plan, scope.id).slugs.length - archive.reports.length;
  if (changed.length === 0 && missing === 0) return;
  const what =
    changed.length > 0
      ? ` ${changed.slice(0, 5).join('、')}${changed.length > 5 ? ' 等' : ''} 有改动`
      : `少了 ${missing} 篇`;
  throw new ShardError(
    `分片计划 ${resolveArchivePaths().shardPlanFile} 保存之后，分片 ${scope.id} 的报告${what}：用 npm run shards -- --save 重新保存分片计划。`,
  );
}

/** The archive read from ARCHIVE_CONTENT_DIR, with links under `base`: every report this build renders. */
export function getArchive(base = '/'): Promise<Archive> {
  return cached(`archive\n${base}`, async () => {
    const scope = buildScopeOf();
    const only = await reportsToRead(scope);
    const archive = await loadArchive({ paths: resolveArchivePaths(), base, ...(only ? { only } : {}) });
    await checkAgainstSavedPlan(archive, scope);
    return archive;
  });
}

/**
 * The whole archive as report summaries, for the national pages: from the
 * archive itself, or for an assembly from the manifests of the built shards,
 * each checked against the plan.
 */
export function getCatalogue(base = '/'): Promise<Catalogue> {
  return cached(`catalogue\n${base}`, async () => {
    const archive = await getArchive(base);
    const scope = buildScopeOf();
    const { site, git, topics, topicById } = archive;
    // A shard makes no national page: what Astro renders of them regardless is left out of the shard's output.
    if (scope.kind === 'shard') return { site, git, topics, topicById, reports: [] };
    if (scope.kind === 'whole') return catalogueOf(archive);
    const reports = (await getShardManifests()).flatMap((manifest) => manifest.reports);
    reports.sort(compareReports);
    return { site, git, topics, topicById, reports };
  });
}

/** The manifest of every shard in the plan, for an assembly: each checked against the plan's hash. */
export function getShardManifests(): Promise<ShardManifest[]> {
  return cached('manifests', async () => {
    const { plan } = await getShardPlan();
    const { shardsDir } = resolveArchivePaths();
    return plan.shards.map((shard) => readShardManifest(shardsDir, shard));
  });
}

/** The reports of the archive in scope by city and year (placeYearKey), in the archive's order. */
export function getPlaceYearGroups(base = '/'): Promise<Map<string, Report[]>> {
  return cached(`place-year\n${base}`, async () => placeYearGroups((await getArchive(base)).reports));
}

/** The name of this build's search index, the same whether it is built whole or merged from shards. */
export function getIndexVersion(base = '/'): Promise<string> {
  return cached(`index-version\n${base}`, async () => {
    const [catalogue, { plan }] = await Promise.all([getCatalogue(base), getShardPlan()]);
    return summaryIndexVersion(catalogue, plan.codeVersion);
  });
}

/** Forgets every loaded archive, so the next request reads the content folder again. */
export function forgetArchives(): void {
  store().clear();
}
