import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** Integration tests that run `astro build` into temporary folders: one file at a time. */
const buildingTests = ['tests/integration/publish.test.ts', 'tests/integration/shards.test.ts'];

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    setupFiles: ['tests/helpers/cleanup-setup.ts'],
    // Vitest leaves one core to itself by default, which on a two-core runner means one test file at a time;
    // the main process does little, so a worker per core runs the unit tests in about half the time.
    maxWorkers: availableParallelism(),
    // On with --coverage (npm test). Measures the archive's core only; the thresholds sit a point or two
    // below what npm test measures, so losing tests fails the run while ordinary changes do not.
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts'],
      exclude: ['**/*.d.ts'],
      reportsDirectory: 'coverage',
      // A table per file, wide enough that CI logs keep every column, then the totals.
      reporter: [['text', { maxCols: 120 }], 'text-summary'],
      // A failing test should not hide the figures from the log of the run that failed.
      reportOnFailure: true,
      // Measured by npm test (every project): lines 99.4%, statements 98.8%, functions 98.6%, branches 93.2%.
      thresholds: { lines: 98, statements: 97, functions: 97, branches: 92 },
    },
    projects: [
      // Tooling tests (scripts/bench, scripts/corpus) are the same kind as unit tests: pure, fast, no build.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/tooling/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          exclude: buildingTests,
          globalSetup: ['tests/helpers/fixture-site.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'builds',
          include: buildingTests,
          globalSetup: ['tests/helpers/fixture-site.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          // Astro keeps the build's server chunks in <project>/.astro/ when the site is written outside the
          // project (as these tests' temporary folders are), so two such builds at once would clash there.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/helpers/fixture-site.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // One browser at a time: these files run last, on their own, so their timings never meet a busy machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
