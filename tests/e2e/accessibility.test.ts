import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSite, type SiteInBrowser } from '../helpers/site-in-browser.ts';

let site: SiteInBrowser;

beforeAll(async () => {
  site = await openSite(inject('fixtureSite'));
});

afterAll(() => site?.close());

/** One page of every kind the site builds. */
const pages = [
  '/',
  '/reports/',
  '/reports/dongshan-2021-summary/',
  '/reports/beicheng-2020-report/',
  '/topics/',
  '/topics/teachers/',
  '/years/',
  '/years/2021/',
  '/types/',
  '/types/speech/',
  '/regions/',
  '/regions/fujian/',
  '/search/?q=教师',
  '/about/',
  '/compare/',
  '/compare/?a=dongshan-2021-summary&b=beicheng-2020-report',
  '/no-such-page/',
];

const widths = [
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
];

describe('accessibility (axe-core)', () => {
  it.each(widths)('finds no violations on any kind of page at $name width', async ({ name: _name, ...options }) => {
    const context = await site.browser.newContext(options);
    const problems: string[] = [];
    for (const path of pages) {
      const page = await context.newPage();
      await page.goto(`${site.url}${path}`);
      if (path.startsWith('/search/')) {
        await page.locator('#result-list:not([aria-busy])').waitFor();
        // The province map is drawn once the filters' counts arrive; on a phone it opens on request.
        if (!(await page.locator('#search-provinces').evaluate((details) => (details as HTMLDetailsElement).open)))
          await page.locator('#search-provinces summary').click();
        await page.locator('#search-provinces-map svg').waitFor();
      }
      if (path.startsWith('/compare/?')) await page.locator('.compare-rows').waitFor();
      // Only violations are asked for: details of every passing check cost nearly half of axe's time and are never read.
      const { violations } = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
      for (const violation of violations) {
        problems.push(
          `${path} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
        );
      }
      await page.close();
    }
    await context.close();
    expect(problems).toEqual([]);
  });

  it('finds no violations with the quote bar and the quote dialog open', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/reports/beicheng-2020-report/`);
    await page.evaluate(() => getSelection()!.selectAllChildren(document.querySelector('.report-section p')!));
    await page.locator('.quote-bar').waitFor({ state: 'visible' });
    const names = (violations: { id: string; nodes: { target: unknown[] }[] }[]) =>
      violations.map(
        (violation) => `${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
      );
    const withBar = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
    expect(names(withBar.violations)).toEqual([]);
    await page.locator('.quote-bar button').click();
    await page.locator('.quote-dialog').waitFor({ state: 'visible' });
    const withDialog = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
    expect(names(withDialog.violations)).toEqual([]);
    await context.close();
  });
});
