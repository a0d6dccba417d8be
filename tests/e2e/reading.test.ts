import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSite, type SiteInBrowser } from '../helpers/site-in-browser.ts';

let site: SiteInBrowser;

beforeAll(async () => {
  site = await openSite(inject('fixtureSite'));
});

afterAll(() => site?.close());

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

describe('reading a report', () => {
  it('fits a phone screen without sideways scrolling', async () => {
    const page = await site.browser.newPage(phone);
    for (const path of ['/', '/reports/dongshan-2021-summary/', '/topics/teachers/', '/regions/', '/years/']) {
      await page.goto(`${site.url}${path}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBe(0);
    }
    await page.close();
  });

  it('reads without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/reports/beicheng-2020-report/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('北城市教育局2020年工作報告');
    await expect(page.locator('.report-body').getAttribute('lang')).resolves.toBe('zh-Hant');
    await expect(page.locator('.report-section h2').count()).resolves.toBe(2);
    await context.close();
  });

  it('follows a topic deep link to the highlighted section', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/topics/facilities/`);
    const link = page.locator('.section-entry__heading').first();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForURL(`**${href}`);
    const anchor = href.split('#')[1]!;
    const target = page.locator(`section#${anchor}`);
    await expect(target.evaluate((element) => element.matches(':target'))).resolves.toBe(true);
    const viewport = page.viewportSize()!;
    // Scrolling is smooth for readers who allow motion, so the section arrives over a few frames.
    await expect.poll(async () => (await target.boundingBox())!.y, { timeout: 3000 }).toBeLessThan(viewport.height);
    expect((await target.boundingBox())!.y).toBeGreaterThanOrEqual(0);
    await page.close();
  });

  it('jumps from the table of contents to a section', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/reports/dongshan-2021-summary/`);
    await page.locator('.toc a', { hasText: '三、存在问题和下一步打算' }).click();
    await page.waitForURL('**#next-steps');
    await expect(page.locator('#next-steps h2').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('offers a skip link to the main content for keyboard users', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/reports/xishan-2019-plan/`);
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    await expect(skip.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await expect(skip.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await page.close();
  });

  it('prints the report without the site navigation', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/reports/dongshan-2021-summary/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('.toc').isVisible()).resolves.toBe(false);
    await expect(page.locator('.report-body').isVisible()).resolves.toBe(true);
    await page.close();
  });
});
