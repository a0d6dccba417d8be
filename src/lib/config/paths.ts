import { resolve } from 'node:path';

/** Where the archive's content is read from and where the site is written. */
export interface ArchivePaths {
  /** Project root; source links and messages use paths relative to it. */
  root: string;
  /** `ARCHIVE_CONTENT_DIR`, default `content`. */
  contentDir: string;
  reportsDir: string;
  topicsFile: string;
  siteFile: string;
  /** `ARCHIVE_OUT_DIR`, default `dist`. */
  outDir: string;
  /** `ARCHIVE_SHARDS_DIR`, default `dist-shards`: where shards are built to and assembled from, one folder each. */
  shardsDir: string;
  /** `ARCHIVE_INDEX_SLICES_DIR`, default `dist-index-slices`: where `npm run assemble -- --index-slice K/N` writes. */
  indexSlicesDir: string;
  /** `ARCHIVE_PAGE_GROUPS_DIR`, default `dist-page-groups`: where `npm run assemble -- --page-group K/N` writes. */
  pageGroupsDir: string;
  /** `ARCHIVE_SHARD_PLAN`: a plan saved by `npm run shards -- --save`, read instead of every report's front matter. */
  shardPlanFile?: string;
  /** `ARCHIVE_BASE_PATH`, default `/`: the path the site is served under, e.g. /archive/ on a GitHub project page. */
  basePath: string;
}

export function resolveArchivePaths(env: NodeJS.ProcessEnv = process.env, root: string = process.cwd()): ArchivePaths {
  const contentDir = resolve(root, env['ARCHIVE_CONTENT_DIR'] || 'content');
  return {
    root,
    contentDir,
    reportsDir: resolve(contentDir, 'reports'),
    topicsFile: resolve(contentDir, 'topics.yml'),
    siteFile: resolve(contentDir, 'site.yml'),
    outDir: resolve(root, env['ARCHIVE_OUT_DIR'] || 'dist'),
    shardsDir: resolve(root, env['ARCHIVE_SHARDS_DIR'] || 'dist-shards'),
    indexSlicesDir: resolve(root, env['ARCHIVE_INDEX_SLICES_DIR'] || 'dist-index-slices'),
    pageGroupsDir: resolve(root, env['ARCHIVE_PAGE_GROUPS_DIR'] || 'dist-page-groups'),
    ...(env['ARCHIVE_SHARD_PLAN'] ? { shardPlanFile: resolve(root, env['ARCHIVE_SHARD_PLAN']) } : {}),
    basePath: env['ARCHIVE_BASE_PATH'] || '/',
  };
}
