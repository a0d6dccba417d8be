import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createRandom } from '../../../scripts/corpus/random.ts';
import { formatOutcomes } from '../../../src/lib/importer/format-outcome.ts';
import { importFiles } from '../../../src/lib/importer/import-files.ts';
import { vocabularySchema } from '../../../src/lib/schema/topic.ts';
import { createTagger } from '../../../src/lib/topics/tagger.ts';
import { extremePages, mutatedPages, mutationKinds, seedPages, type FuzzPage } from '../../helpers/fuzz-pages.ts';
import { importWatchdog, type ImportWatchdog, type PageResult } from '../../helpers/import-watchdog.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const repository = resolve(import.meta.dirname, '../../..');
/**
 * Every page must be imported or refused within this much CPU time. CPU time, not wall time: the suite
 * shares the machine with other test files, and a busy machine stretches wall time but not the work done.
 */
const limitMs = 2_000;
/** A page still running after this much wall time is stopped, so one runaway page cannot hold up the rest. */
const deadlineMs = 15_000;
const mutations = 3_000;
/** Set FUZZ_SEED to explore other mutations; the page names say how to rebuild each page. */
const fuzzSeed = Number(process.env['FUZZ_SEED'] ?? 1);

function contractBreach(result: PageResult): string | undefined {
  switch (result.outcome) {
    case 'ok':
      if (result.reports === 0) return 'ok, but without a report';
      return result.withFrontMatter < result.reports
        ? `${result.reports - result.withFrontMatter} of ${result.reports} reports do not start with "---\\n"`
        : undefined;
    case 'failed':
      return /\p{Script=Han}/u.test(result.error)
        ? undefined
        : `refused with a message that is not Chinese: ${JSON.stringify(result.error)}`;
    case 'threw':
      return `threw ${result.error}`;
    case 'worker-died':
      return `took the worker down: ${result.error}`;
    case 'timed-out':
      // Reported with the slow pages.
      return undefined;
  }
}

interface Run {
  pages: number;
  /** Each distinct breach of the contract, with the pages that showed it. */
  breaches: Map<string, string[]>;
  times: { name: string; ms: number; stopped: boolean }[];
}

async function importEach(watchdog: ImportWatchdog, pages: Iterable<FuzzPage>): Promise<Run> {
  const run: Run = { pages: 0, breaches: new Map(), times: [] };
  for (const page of pages) {
    const result = await watchdog.run(page.bytes);
    run.pages += 1;
    const ms = 'cpuMs' in result ? result.cpuMs : result.ms;
    run.times.push({ name: page.name, ms, stopped: result.outcome === 'timed-out' });
    const breach = contractBreach(result);
    if (breach) run.breaches.set(breach, [...(run.breaches.get(breach) ?? []), page.name]);
  }
  return run;
}

function expectNoBreaches(run: Run): void {
  const described = [...run.breaches].map(
    ([breach, names]) =>
      `${breach}\n  on ${names.length} of ${run.pages} pages, e.g. ${names.slice(0, 3).join('\n    ')}`,
  );
  expect(described).toEqual([]);
}

function expectAllQuick(run: Run): void {
  const described = (time: Run['times'][number]) =>
    `${Math.round(time.ms)} ms CPU${time.stopped ? ' (still running, stopped)' : ''}  ${time.name}`;
  const slowest = run.times.toSorted((a, b) => b.ms - a.ms);
  expect(
    slowest.filter((time) => time.ms > limitMs).map(described),
    `pages that took over ${limitMs} ms; the slowest five of ${run.pages}:\n${slowest.slice(0, 5).map(described).join('\n')}`,
  ).toEqual([]);
}

describe('importing damaged and extreme pages', () => {
  const seeds = seedPages();
  let watchdog: ImportWatchdog;
  beforeAll(() => {
    watchdog = importWatchdog(deadlineMs);
  });
  afterAll(() => watchdog.close());

  const title = `imports or refuses ${mutations} seeded mutations of ${seeds.length} raw pages, each within ${limitMs} ms of CPU`;
  it(`${title} (seed ${fuzzSeed})`, async () => {
    const pages = [...mutatedPages(seeds, mutations, fuzzSeed)];
    expect(new Set(pages.map((page) => page.kind)), 'every kind of mutation is tried').toEqual(new Set(mutationKinds));
    const run = await importEach(watchdog, pages);
    expectNoBreaches(run);
    expectAllQuick(run);
  }, 150_000);

  it(`imports or refuses huge, tiny, malformed and backtracking-prone pages, each within ${limitMs} ms of CPU`, async () => {
    const run = await importEach(watchdog, extremePages());
    expectNoBreaches(run);
    expectAllQuick(run);
  }, 150_000);
});

describe('importing a folder of good and bad files', () => {
  const tagger = createTagger(
    vocabularySchema.parse(parse(readFileSync(resolve(repository, 'content/topics.yml'), 'utf8'))).topics,
  );
  const page = (name: string) => readFileSync(resolve(repository, 'tests/fixtures/importer/pages', name));
  const root = tempDir('fuzz-import-');

  it('writes the good pages and names each file it could not import, without throwing', async () => {
    const saved = join(root, 'saved');
    const outDir = join(root, 'reports');
    mkdirSync(saved);
    const random = createRandom(fuzzSeed);
    const oneLine = page('one-line.txt');
    // Cut mid-sentence at a character boundary, as an interrupted download leaves a page.
    const cut = new TextEncoder().encode(Array.from(oneLine.toString('utf8')).slice(0, 200).join('')).length;
    writeFileSync(join(saved, 'good.txt'), page('multi-report.txt'));
    writeFileSync(join(saved, 'truncated.txt'), oneLine.subarray(0, cut));
    writeFileSync(
      join(saved, 'noise.bin'),
      Uint8Array.from({ length: 4096 }, () => random.int(0, 255)),
    );
    writeFileSync(join(saved, 'empty.txt'), '');

    const outcomes = await importFiles({ inputs: [saved], outDir, tagger });

    expect(outcomes.map((outcome) => [basename(outcome.input), outcome.ok])).toEqual([
      ['empty.txt', false],
      ['good.txt', true],
      ['noise.bin', false],
      ['truncated.txt', true],
    ]);
    const summary = formatOutcomes(outcomes);
    for (const failure of outcomes.filter((outcome) => !outcome.ok)) {
      expect(failure.error).toMatch(/\p{Script=Han}/u);
      expect(summary).toContain(`✗ ${failure.input}：${failure.error}`);
    }
    const reports = outcomes.flatMap((outcome) => outcome.reports);
    expect(reports.map((report) => report.status)).toEqual(['written', 'written', 'written', 'written']);
    expect(reports.at(-1)!.warnings.some((warning) => warning.startsWith('正文末尾没有句号'))).toBe(true);
    const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.md'));
    expect(files.sort()).toEqual(reports.map((report) => report.path.slice(outDir.length + 1)).sort());
    for (const file of files) expect(readFileSync(join(outDir, file), 'utf8')).toMatch(/^---\n/);
  });
});
