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
   * `--index-part` jobs and `--combine`, so they can run on other runners.
   */
  | { kind: 'assembly'; pagesOnly: boolean };

export function buildScopeOf(env: NodeJS.ProcessEnv = process.env): BuildScope {
  const shard = env['ARCHIVE_SHARD'];
  if (shard) return { kind: 'shard', id: shard };
  const assemble = env['ARCHIVE_ASSEMBLE'];
  if (assemble === '1' || assemble === 'pages') return { kind: 'assembly', pagesOnly: assemble === 'pages' };
  return { kind: 'whole' };
}
