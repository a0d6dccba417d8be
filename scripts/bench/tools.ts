import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const pagefindVersion = '1.6.0';
export const lighthouseVersion = '13.5.0';

/** The node_modules folder a measuring instrument is installed into: .cache/tools/<name>-<version>/node_modules. */
export function toolModules(root: string, name: string, version: string): string {
  return join(resolve(root, '.cache/tools', `${name}-${version}`), 'node_modules');
}

/**
 * A measuring instrument the benchmarks use but the site does not depend on,
 * installed on first use. Returns the node_modules folder it was installed into.
 */
function ensureTool(root: string, name: string, version: string): string {
  const modules = toolModules(root, name, version);
  const prefix = dirname(modules);
  if (!existsSync(join(modules, name, 'package.json'))) {
    console.error(`安装测量用的 ${name} ${version}（只需一次）…`);
    execFileSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', `${name}@${version}`], {
      stdio: 'inherit',
    });
  }
  return modules;
}

/** Stock Pagefind, the baseline: the URL of its Node API. */
export function ensurePagefind(root: string): string {
  return pathToFileURL(join(ensureTool(root, 'pagefind', pagefindVersion), 'pagefind/lib/index.js')).href;
}

/** Lighthouse and the chrome-launcher it ships with: the URLs of both modules. */
export function ensureLighthouse(root: string): { lighthouse: string; chromeLauncher: string } {
  const modules = ensureTool(root, 'lighthouse', lighthouseVersion);
  return {
    lighthouse: pathToFileURL(join(modules, 'lighthouse/core/index.js')).href,
    chromeLauncher: pathToFileURL(join(modules, 'chrome-launcher/dist/index.js')).href,
  };
}
