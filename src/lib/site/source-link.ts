import type { SiteConfig } from '../schema/site.ts';

export interface SourceLinks {
  /** Path of the Markdown file in the repository, e.g. content/reports/2020/x.md. */
  path: string;
  /** The file on the repository's web view, when the repository is known. */
  view?: string;
  /** The file's raw bytes, when the repository is on GitHub. */
  raw?: string;
}

/**
 * The repository is the one named in site.yml or, when a build runs on GitHub
 * Actions, the one it runs in. Without either the page names the path only.
 */
export function repositoryOf(site: SiteConfig, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (site.repository) return site.repository.replace(/\/+$/, '');
  const server = env['GITHUB_SERVER_URL'];
  const repository = env['GITHUB_REPOSITORY'];
  return server && repository ? `${server}/${repository}` : undefined;
}

export function sourceLinks(sourcePath: string, site: SiteConfig, env: NodeJS.ProcessEnv = process.env): SourceLinks {
  const repository = repositoryOf(site, env);
  if (!repository) return { path: sourcePath };
  const encoded = sourcePath.split('/').map(encodeURIComponent).join('/');
  const links: SourceLinks = { path: sourcePath, view: `${repository}/blob/${site.branch}/${encoded}` };
  const github = /^https:\/\/github\.com\/([^/]+\/[^/]+)$/.exec(repository);
  if (github) links.raw = `https://raw.githubusercontent.com/${github[1]}/${site.branch}/${encoded}`;
  return links;
}
