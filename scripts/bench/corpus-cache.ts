import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeCorpus } from '../corpus/write-corpus.ts';

function corpusFolder(root: string, reports: number, seed: number): string {
  return resolve(root, '.cache/corpus', `reports-${reports}-seed-${seed}`);
}

/** Whether the corpus of this size and seed is already generated, so a run need not write it. */
export function corpusReady(root: string, reports: number, seed: number): boolean {
  const marker = join(corpusFolder(root, reports, seed), '.complete');
  return existsSync(marker) && readFileSync(marker, 'utf8') === String(reports);
}

/**
 * A generated corpus under .cache/corpus/, made once per size and seed. A
 * marker file records that generation finished, so an interrupted run is
 * redone rather than measured half-written.
 */
export async function ensureCorpus(root: string, reports: number, seed: number): Promise<string> {
  const folder = corpusFolder(root, reports, seed);
  if (corpusReady(root, reports, seed)) return folder;
  console.error(`生成 ${reports} 篇报告的语料（种子 ${seed}）…`);
  await writeCorpus({ reports, outDir: folder, seed, topicsFile: resolve(root, 'content/topics.yml') });
  writeFileSync(join(folder, '.complete'), String(reports));
  return folder;
}
