/** Part K of N of an assembly step that several runners share: an index slice or a group of pages. */
export interface StepPart {
  /** 1 … parts. */
  part: number;
  parts: number;
}

/**
 * What one `astro build` makes. The one-machine build makes everything; on
 * CI each shard is built apart and an assembly makes the national site from
 * the shards' outputs. scripts/build.ts and scripts/assemble.ts set the
 * variables; the pages and integrations read them through this one function.
 */
export type BuildScope =
  /** Every report page and the national pages: `npm run build`. */
  | { kind: 'whole' }
  /** One shard's report pages, images, index part and manifest: `npm run build -- --shard ID` (ARCHIVE_SHARD). */
  | { kind: 'shard'; id: string }
  /**
   * The national pages, from the manifests of every shard: `npm run assemble`
   * (ARCHIVE_ASSEMBLE=1) also merges the index and copies the shards' files in;
   * `npm run assemble -- --pages` (ARCHIVE_ASSEMBLE=pages) leaves both to
   * `--index-slice` jobs and `--combine`, so they can run on other runners.
   * With ARCHIVE_PAGE_GROUP=K/N (`--page-group K/N`) it renders only group K
   * of the national pages, so N runners share them.
   */
  | { kind: 'assembly'; pagesOnly: boolean; pageGroup?: StepPart };

/** Parses `K/N` (1 ≤ K ≤ N), as `--index-slice` and `--page-group` take it. */
export function parseStepPart(text: string): StepPart | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return undefined;
  const part = Number(match[1]);
  const parts = Number(match[2]);
  return part >= 1 && part <= parts ? { part, parts } : undefined;
}

export function buildScopeOf(env: NodeJS.ProcessEnv = process.env): BuildScope {
  const shard = env['ARCHIVE_SHARD'];
  if (shard) return { kind: 'shard', id: shard };
  const assemble = env['ARCHIVE_ASSEMBLE'];
  if (assemble === '1') return { kind: 'assembly', pagesOnly: false };
  if (assemble !== 'pages') return { kind: 'whole' };
  const group = env['ARCHIVE_PAGE_GROUP'];
  if (!group) return { kind: 'assembly', pagesOnly: true };
  const pageGroup = parseStepPart(group);
  if (!pageGroup) throw new Error(`ARCHIVE_PAGE_GROUP 应写成 K/N（1 ≤ K ≤ N），现在是 ${group}`);
  return { kind: 'assembly', pagesOnly: true, pageGroup };
}

/**
 * The paths of a route this build renders. Every route with many pages passes
 * its getStaticPaths through here, so the page groups share each route's
 * pages evenly: the i-th goes to group i mod N + 1. Pages without parameters
 * (home, search, about) are rendered in every group, the same bytes each time.
 */
export function pathsOfThisBuild<T>(paths: readonly T[], scope: BuildScope = buildScopeOf()): T[] {
  if (scope.kind !== 'assembly' || !scope.pageGroup) return [...paths];
  const { part, parts } = scope.pageGroup;
  return paths.filter((_, index) => index % parts === part - 1);
}
