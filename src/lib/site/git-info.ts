import { execFileSync } from 'node:child_process';

export interface GitInfo {
  /** Web address of the `origin` remote, when it is a hosted repository. */
  repository?: string;
  /** The commit being built. */
  commit?: string;
}

/** https://github.com/org/repo.git and git@github.com:org/repo.git → https://github.com/org/repo */
export function webAddressOfRemote(remote: string): string | undefined {
  const trimmed = remote.trim().replace(/\.git$/, '');
  const https = /^https:\/\/(?:[^@/]+@)?([^/]+)\/(.+)$/.exec(trimmed);
  if (https) return `https://${https[1]}/${https[2]}`;
  const ssh = /^(?:ssh:\/\/)?git@([^:/]+)[:/](.+)$/.exec(trimmed);
  return ssh ? `https://${ssh[1]}/${ssh[2]}` : undefined;
}

function git(args: string[], cwd: string): string | undefined {
  try {
    return (
      execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined
    );
  } catch {
    return undefined;
  }
}

/**
 * What git says about the checkout the site is built from, for exact links to
 * source files. Builds on GitHub Actions name their commit in GITHUB_SHA.
 */
export function readGitInfo(root: string, env: NodeJS.ProcessEnv = process.env): GitInfo {
  const remote = git(['remote', 'get-url', 'origin'], root);
  const repository = remote ? webAddressOfRemote(remote) : undefined;
  const commit = env['GITHUB_SHA'] ?? git(['rev-parse', 'HEAD'], root);
  return { ...(repository ? { repository } : {}), ...(commit ? { commit } : {}) };
}
