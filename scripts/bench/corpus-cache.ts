import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeCorpus } from '../corpus/write-corpus.ts';

/**
 * A generated corpus under .cache/corpus/, made once per size and seed. A
 * marker file records that generation finished, so an interrupted run is
 * redone rather than measured half-written.
 */
export async function ensureCorpus(root: string, reports: number, seed: number): Promise<string> {
  const folder = resolve(root, '.cache/corpus', `reports-${reports}-seed-${seed}`);
  const marker = join(folder, '.complete');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === String(reports)) return folder;
  console.error(`生成 ${reports} 篇报告的语料（种子 ${seed}）…`);
  await writeCorpus({ reports, outDir: folder, seed, topicsFile: resolve(root, 'content/topics.yml') });
  writeFileSync(marker, String(reports));
  return folder;
}
