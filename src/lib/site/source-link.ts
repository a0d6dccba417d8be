import type { SiteConfig } from '../schema/site.ts';
import type { GitInfo } from './git-info.ts';

export interface SourceLinks {
  /** Path of the Markdown file in the repository, e.g. content/reports/2020/x.md. */
  path: string;
  /** The file on the repository's web view, when the repository is known. */
  view?: string;
  /** The file's raw bytes, when the repository is on GitHub. */
  raw?: string;
}

/**
 * The repository named in site.yml, else the one a GitHub Actions build runs
 * in, else the checkout's `origin` remote. Without any the page names the path.
 */
export function repositoryOf(
  site: SiteConfig,
  env: NodeJS.ProcessEnv = process.env,
  git: GitInfo = {},
): string | undefined {
  if (site.repository) return site.repository.replace(/\/+$/, '');
  const server = env['GITHUB_SERVER_URL'];
  const repository = env['GITHUB_REPOSITORY'];
  if (server && repository) return `${server}/${repository}`;
  return git.repository;
}

/**
 * Links to the exact bytes the page was built from: at the commit being built
 * when it is known (so the SHA-256 on the page matches), else at the branch.
 */
export function sourceLinks(
  sourcePath: string,
  site: SiteConfig,
  env: NodeJS.ProcessEnv = process.env,
  git: GitInfo = {},
): SourceLinks {
  const repository = repositoryOf(site, env, git);
  if (!repository) return { path: sourcePath };
  const revision = git.commit ?? site.branch;
  const encoded = sourcePath.split('/').map(encodeURIComponent).join('/');
  const links: SourceLinks = { path: sourcePath, view: `${repository}/blob/${revision}/${encoded}` };
  const github = /^https:\/\/github\.com\/([^/]+\/[^/]+)$/.exec(repository);
  if (github) links.raw = `https://raw.githubusercontent.com/${github[1]}/${revision}/${encoded}`;
  return links;
}
