import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBuiltSite, type SiteInBrowser } from '../helpers/site-in-browser.ts';
import { tempArchive } from '../helpers/temp-archive.ts';

/**
 * A report whose every front-matter field and whose body carry script
 * injection attempts (each would set window.__pwned if it ran), built into a
 * site together with the fixture reports.
 */
const payload = readFileSync(resolve(import.meta.dirname, '../fixtures/injection/payload-2020-summary.md'));
const reportPath = '/reports/payload-2020-summary/';

let site: SiteInBrowser;

beforeAll(async () => {
  const paths = tempArchive({ '2020/payload-2020-summary.md': payload }, { withFixtureReports: true });
  site = await openBuiltSite(paths.contentDir, paths.outDir);
});

afterAll(() => site?.close());

/** A page that records dialogs, script errors and Content-Security-Policy violations. */
async function watchedPage(): Promise<{ page: Page; events: string[] }> {
  const page = await site.browser.newPage();
  const events: string[] = [];
  page.on('dialog', (dialog) => {
    events.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => events.push(`error: ${error.message}`));
  await page.exposeFunction('reportViolation', (text: string) => events.push(`csp: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  return { page, events };
}

/** Nothing ran, nothing was blocked, and the page holds no markup that came from the payload. */
async function expectInert(page: Page, events: string[], where: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), where).toBeUndefined();
  expect(events, where).toEqual([]);
  const found = await page.evaluate(() => {
    const problems: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) {
        if (attribute.startsWith('on')) problems.push(`${element.tagName} ${attribute}`);
      }
    }
    for (const script of document.querySelectorAll('script')) {
      if (!script.src.includes('/_astro/')) problems.push(`script ${script.src || script.textContent}`);
    }
    for (const element of document.querySelectorAll('iframe, object, embed, svg [onload], img[src="x"]'))
      problems.push(element.outerHTML);
    for (const link of document.querySelectorAll('a[href]')) {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: a browser ignores control characters inside a scheme.
      const href = link.getAttribute('href')!.replace(/[\s\u0000-\u001f]+/g, '');
      if (/^(javascript|vbscript|data):/i.test(href)) problems.push(`a ${href}`);
    }
    return problems;
  });
  expect(found, where).toEqual([]);
}

describe('injection payloads in a report', () => {
  it('show as text on the report page and nothing runs', async () => {
    const { page, events } = await watchedPage();
    await page.goto(`${site.url}${reportPath}`);
    await expectInert(page, events, reportPath);
    await expect(page.locator('h1').textContent()).resolves.toBe(
      '注入标题<script>window.__pwned="title"</script><img src=x onerror="window.__pwned=`title-img`">',
    );
    expect(await page.title()).toContain('注入标题<script>');
    const body = (await page.locator('.report-body').textContent())!;
    expect(body).toContain('一、注入测试章节<script>window.__pwned="heading"</script>');
    expect(body).toContain("[脚本链接](javascript:window.__pwned='link')");
    expect(body).toContain('<script>window.__pwned="code"</script>');
    await expect(page.locator('.toc').textContent()).resolves.toContain(
      "二、教师队伍\"<img src=x onerror=window.__pwned='heading2'>",
    );
    await page.close();
  });

  it('stay inert on every page the report links to', async () => {
    const { page, events } = await watchedPage();
    await page.goto(`${site.url}${reportPath}`);
    const links = await page
      .locator('a[href^="/"]')
      .evaluateAll((anchors) => [
        ...new Set(
          anchors.map((anchor) => anchor.getAttribute('href')!.split('#')[0]!).filter((href) => !href.endsWith('.xml')),
        ),
      ]);
    expect(links.length).toBeGreaterThan(8);
    for (const link of ['/', '/reports/', '/about/', ...links]) {
      await page.goto(`${site.url}${link}`);
      await expectInert(page, events, link);
    }
    await page.close();
  });

  it('stay inert in search results, and a hostile query or highlight changes nothing', async () => {
    const { page, events } = await watchedPage();
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('注入')}`);
    await page.locator('.result').first().waitFor();
    await expectInert(page, events, 'search results');
    await expect(page.locator('.result__title').first().textContent()).resolves.toContain('注入标题<script>');

    const hostile = encodeURIComponent('"><img src=x onerror=window.__pwned=1><script>window.__pwned=2</script>');
    await page.goto(`${site.url}/search/?q=${hostile}&topic=${hostile}&sort=${hostile}`);
    await page.locator('#result-list:not([aria-busy])').waitFor({ state: 'attached' });
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/没有找到/);
    await expectInert(page, events, 'hostile query');
    expect(await page.locator('#search-q').inputValue()).toBe(
      '"><img src=x onerror=window.__pwned=1><script>window.__pwned=2</script>',
    );

    await page.goto(`${site.url}${reportPath}?hl=${hostile}`);
    await expectInert(page, events, 'hostile highlight');
    await page.close();
  });
});
