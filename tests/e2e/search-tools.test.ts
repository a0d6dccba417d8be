import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSite, type SiteInBrowser } from '../helpers/site-in-browser.ts';

let site: SiteInBrowser;

beforeAll(async () => {
  site = await openSite(inject('fixtureSite'));
});

afterAll(() => site?.close());

async function listed(page: Page): Promise<void> {
  await page.locator('#result-list:not([aria-busy])').waitFor();
}

describe('a phrase across years', () => {
  it('charts matches per year, and a bar filters the results to its year', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.url}/search/?q=教師`);
    await listed(page);
    const bars = page.locator('#search-years-chart a.chart-link');
    await expect(bars.count()).resolves.toBe(3);
    await expect(page.locator('#search-years-chart title').allTextContents()).resolves.toEqual([
      '各年份含有检索词的报告（篇）和小节（节）',
      '2020：1篇，1 节',
      '2021：1篇，2 节',
      '不详：1篇，1 节',
    ]);

    await bars.nth(1).click();
    await page.waitForURL(/year=2021/);
    await listed(page);
    await expect(page.locator('.result__title').allTextContents()).resolves.toEqual(['东山县教育局2021年工作总结']);
    await expect(page.locator('fieldset[data-facet="year"] input[value="2021"]').isChecked()).resolves.toBe(true);
    // The other years stay on the chart, so the reader can move to another one; the chosen one is marked.
    await expect(bars.count()).resolves.toBe(3);
    await expect(page.locator('#search-years-chart .chart-bar--selected').count()).resolves.toBe(1);
    await page.close();
  });

  it('downloads the listed results as CSV, a row per matching section', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.url}/search/?q=教師`);
    await listed(page);
    const button = page.locator('#search-csv');
    await expect(button.textContent()).resolves.toBe('下载已列出的 3 篇结果（CSV）');
    const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(file.suggestedFilename()).toBe('检索结果-教師.csv');
    const csv = readFileSync((await file.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF报告,发文单位,地区,年份,类型,小节,链接,摘录\r\n')).toBe(true);
    const rows = csv.slice(1).trimEnd().split('\r\n').slice(1);
    // 4 sections in 3 reports hold the words.
    expect(rows).toHaveLength(4);
    const sectionLinks = await page
      .locator('.result__section')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href.replace(/\?hl=[^#]*/, '')));
    for (const link of sectionLinks) expect(rows.some((row) => row.includes(`,${link},`))).toBe(true);
    expect(rows.find((row) => row.startsWith('东山县教育局2021年工作总结'))).toContain(
      ',福建省 漳州市 东山县,2021,工作总结,',
    );
    await page.close();
  });
});
