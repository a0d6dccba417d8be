import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const pagefindVersion = '1.6.0';

/**
 * The stock Pagefind the benchmarks compare against, installed on first use
 * into .cache/tools/: it is a measuring instrument, not part of the site.
 */
export function ensurePagefind(root: string): string {
  const prefix = resolve(root, '.cache/tools', `pagefind-${pagefindVersion}`);
  const entry = join(prefix, 'node_modules/pagefind/lib/index.js');
  if (!existsSync(entry)) {
    console.error(`安装对照用的 Pagefind ${pagefindVersion}（只需一次）…`);
    execFileSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', `pagefind@${pagefindVersion}`], { stdio: 'inherit' });
  }
  return pathToFileURL(entry).href;
}
