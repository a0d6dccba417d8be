import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const repository = resolve(import.meta.dirname, '../..');

/** Runs a project command the way a user does, with the content and output folders given. */
export function runCommand(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, args, {
    cwd: repository,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

export function buildSite(contentDir: string, outDir: string) {
  return runCommand([resolve(repository, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
    ARCHIVE_CONTENT_DIR: contentDir,
    ARCHIVE_OUT_DIR: outDir,
  });
}

/** Every file of a built site, as paths relative to its root with forward slashes. */
export function siteFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** Every file of a built site and the SHA-256 of its bytes: two sites are the same when these are equal. */
export function siteSnapshot(folder: string): Record<string, string> {
  return Object.fromEntries(
    siteFiles(folder).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(folder, file)))
        .digest('hex'),
    ]),
  );
}

export function readPage(outDir: string, path: string): string {
  const file = path.endsWith('/') ? `${path}index.html` : path;
  return readFileSync(join(outDir, file.replace(/^\//, '')), 'utf8');
}

export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
}

export function linksOf(html: string): string[] {
  return [...html.matchAll(/\shref="([^"]+)"/g)].map((match) => match[1]!.replace(/&amp;/g, '&'));
}
