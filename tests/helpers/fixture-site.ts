import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from './site-build.ts';
import { fixtureArchive } from './temp-archive.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The fixture archive built once for the whole run; tests read it and never write to it. */
    fixtureSite: string;
  }
}

/** Shared by the projects that use it: the global scope of the main process is one for all of them. */
const shared = globalThis as { fixtureSite?: Promise<{ root: string; outDir: string }>; fixtureSiteUsers?: number };

async function buildOnce(): Promise<{ root: string; outDir: string }> {
  const root = mkdtempSync(join(tmpdir(), 'fixture-site-'));
  const outDir = join(root, 'dist');
  const build = buildSite(fixtureArchive, outDir);
  if (build.status !== 0) {
    rmSync(root, { recursive: true, force: true });
    throw new Error(`the fixture archive did not build:\n${build.output}`);
  }
  return { root, outDir };
}

/**
 * Vitest global setup: builds the fixture archive once for the integration
 * and e2e projects and removes it when the last of them is done.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  shared.fixtureSite ??= buildOnce();
  shared.fixtureSiteUsers = (shared.fixtureSiteUsers ?? 0) + 1;
  const { root, outDir } = await shared.fixtureSite;
  project.provide('fixtureSite', outDir);
  return () => {
    shared.fixtureSiteUsers = (shared.fixtureSiteUsers ?? 1) - 1;
    if (shared.fixtureSiteUsers === 0) rmSync(root, { recursive: true, force: true });
  };
}
