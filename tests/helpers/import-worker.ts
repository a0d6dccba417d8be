import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { parse } from 'yaml';
import { importBytes } from '../../src/lib/importer/import-text.ts';
import { vocabularySchema } from '../../src/lib/schema/topic.ts';
import { createTagger } from '../../src/lib/topics/tagger.ts';
import type { PageResult } from './import-watchdog.ts';

const vocabulary = vocabularySchema.parse(
  parse(readFileSync(resolve(import.meta.dirname, '../../content/topics.yml'), 'utf8')),
);
const options = { tagger: createTagger(vocabulary.topics) };

/** The error and the project line it came from: enough to tell one crash from another. */
function summarize(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const origin = error.stack
    ?.split('\n')
    .find((line) => line.includes('/src/lib/'))
    ?.trim();
  return `${error.name}: ${error.message}${origin ? ` (${origin})` : ''}`;
}

parentPort!.on('message', (bytes: Uint8Array) => {
  const started = performance.now();
  const startedCpu = process.threadCpuUsage();
  const cpuMs = () => {
    const used = process.threadCpuUsage(startedCpu);
    return (used.user + used.system) / 1000;
  };
  let result: PageResult;
  try {
    const outcome = importBytes(bytes, options);
    const ms = performance.now() - started;
    result = outcome.ok
      ? {
          outcome: 'ok',
          ms,
          cpuMs: cpuMs(),
          reports: outcome.reports.length,
          withFrontMatter: outcome.reports.filter((report) => report.markdown.startsWith('---\n')).length,
        }
      : { outcome: 'failed', ms, cpuMs: cpuMs(), error: outcome.error };
  } catch (error) {
    result = { outcome: 'threw', ms: performance.now() - started, cpuMs: cpuMs(), error: summarize(error) };
  }
  parentPort!.postMessage(result);
});
parentPort!.postMessage('ready');
