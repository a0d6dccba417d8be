import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';

interface QueryTiming {
  query: string;
  /** From submitting the query to the results on screen. */
  ms: number;
  /** Bytes fetched for this query. */
  kb: number;
  results: number;
  /**
   * For a query read segment by segment: the same when its first results were
   * on screen (the newest segment's), before the complete results above.
   */
  first?: { ms: number; kb: number; results: number };
}

interface BrowserMeasurement {
  /** Everything the search page fetched before the first query (the page, scripts, and the index tables it prefetches). */
  loaderKb: number;
  cold: QueryTiming;
  warm: QueryTiming;
}

/** The first and the second query every browser measurement times: a common phrase, then one in Traditional script. */
const coldQuery = '义务教育均衡';
const warmQuery = '校園足球';

/** A blank page on a stock site from which the measurement loads Pagefind's own script. */
const stockLoaderPage = 'pagefind-bench.html';

export function writeStockLoaderPage(siteDir: string): void {
  writeFileSync(
    join(siteDir, stockLoaderPage),
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>',
  );
}

/** A browser measurement repeated, each time with a fresh browser cache, keeping the run with the median first-query time. */
export type MedianMeasurement = BrowserMeasurement & { coldMsRuns: number[] };

/** One timing on a shared machine is noise; the median of several runs is not. */
export async function measureMedian(
  measure: typeof measureOurSearch,
  browser: Browser,
  site: MeasuredSite,
  runs: number,
): Promise<MedianMeasurement> {
  const results: BrowserMeasurement[] = [];
  for (let run = 0; run < runs; run++) results.push(await measure(browser, site, coldQuery, warmQuery));
  const sorted = [...results].sort((a, b) => a.cold.ms - b.cold.ms);
  return { ...sorted[Math.floor((sorted.length - 1) / 2)]!, coldMsRuns: results.map((result) => result.cold.ms) };
}

/** A served site: its address and the body bytes it has sent so far (page and workers alike). */
interface MeasuredSite {
  url: string;
  bytesSent(): number;
}

async function timeOurQuery(site: MeasuredSite, page: Page, query: string): Promise<QueryTiming> {
  const before = site.bytesSent();
  const { ms, results, first } = await page.evaluate(
    (text) =>
      new Promise<{ ms: number; results: number; first?: { ms: number; results: number; bytes: number } }>(
        (resolve) => {
          const status = document.getElementById('search-status')!;
          const input = document.getElementById('search-q') as HTMLInputElement;
          const form = document.getElementById('search-form') as HTMLFormElement;
          performance.setResourceTimingBufferSize(100_000);
          let started = 0;
          let first: { ms: number; results: number; bytes: number } | undefined;
          // Body bytes of the responses complete by now: later segments may already be on their way to the server.
          const bytesArrived = () =>
            performance
              .getEntriesByType('resource')
              .filter((entry) => entry.startTime >= started)
              .reduce((total, entry) => total + (entry as PerformanceResourceTiming).encodedBodySize, 0);
          const observer = new MutationObserver(() => {
            const said = status.textContent ?? '';
            const results = document.querySelectorAll('.result').length;
            // The first results of a query read segment by segment (partialStatus), then the complete ones.
            if (!first && /^(已在最新的|最新的)/.test(said)) {
              first = { ms: performance.now() - started, results, bytes: bytesArrived() };
            }
            if (/^(找到|没有找到|符合)/.test(said)) {
              observer.disconnect();
              resolve({ ms: performance.now() - started, results, ...(first ? { first } : {}) });
            }
          });
          observer.observe(status, { childList: true, characterData: true, subtree: true });
          input.value = text;
          started = performance.now();
          form.requestSubmit();
        },
      ),
    query,
  );
  const kb = (site.bytesSent() - before) / 1024;
  return {
    query,
    ms,
    kb,
    results,
    ...(first ? { first: { ms: first.ms, kb: first.bytes / 1024, results: first.results } } : {}),
  };
}

/** The project's search page: load it, then a first (cold) query and a second (warm) one. */
export async function measureOurSearch(
  browser: Browser,
  site: MeasuredSite,
  cold: string,
  warm: string,
): Promise<BrowserMeasurement> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const start = site.bytesSent();
  await page.goto(`${site.url}/search/`, { waitUntil: 'networkidle' });
  const loader = site.bytesSent() - start;
  const coldTiming = await timeOurQuery(site, page, cold);
  const warmTiming = await timeOurQuery(site, page, warm);
  await context.close();
  return { loaderKb: loader / 1024, cold: coldTiming, warm: warmTiming };
}

declare global {
  interface Window {
    pagefind: {
      init(): Promise<void>;
      search(query: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
    };
  }
}

async function openStock(browser: Browser, siteUrl: string): Promise<{ page: Page; close(): Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${siteUrl}/${stockLoaderPage}`, { waitUntil: 'networkidle' });
  await page.evaluate(async () => {
    window.pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
    await window.pagefind.init();
  });
  return { page, close: () => context.close() };
}

async function timeStockQuery(site: MeasuredSite, page: Page, query: string): Promise<QueryTiming> {
  const before = site.bytesSent();
  const { ms, results } = await page.evaluate(async (text) => {
    const started = performance.now();
    const search = await window.pagefind.search(text);
    await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
    return { ms: performance.now() - started, results: search.results.length };
  }, query);
  return { query, ms, kb: (site.bytesSent() - before) / 1024, results };
}

/**
 * Stock Pagefind's browser library on the same pages: the first twenty
 * results of a cold and a warm query. Its loader is everything fetched
 * before the first query, as for the project's page.
 */
export async function measureStockSearch(
  browser: Browser,
  site: MeasuredSite,
  cold: string,
  warm: string,
): Promise<BrowserMeasurement> {
  const start = site.bytesSent();
  const stock = await openStock(browser, site.url);
  const loader = site.bytesSent() - start;
  const coldTiming = await timeStockQuery(site, stock.page, cold);
  const warmTiming = await timeStockQuery(site, stock.page, warm);
  await stock.close();
  return { loaderKb: loader / 1024, cold: coldTiming, warm: warmTiming };
}

/** Every report stock Pagefind returns for each query, for recall and precision. */
export async function stockResults(
  browser: Browser,
  siteUrl: string,
  queries: readonly string[],
): Promise<Map<string, Set<string>>> {
  const stock = await openStock(browser, siteUrl);
  const found = new Map<string, Set<string>>();
  for (const query of queries) {
    const urls = await stock.page.evaluate(async (text) => {
      const search = await window.pagefind.search(text);
      return Promise.all(search.results.map(async (result) => (await result.data()).url));
    }, query);
    found.set(
      query,
      new Set(urls.map((url) => /\/reports\/([^/]+)\//.exec(url)?.[1]).filter((slug): slug is string => Boolean(slug))),
    );
  }
  await stock.close();
  return found;
}
