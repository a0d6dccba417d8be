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

describe('a phrase across places', () => {
  it('maps matches per province, and a tile filters the results to its province', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.url}/search/?q=教育`);
    await listed(page);
    const tiles = page.locator('#search-provinces-map a.map-link');
    await tiles.first().waitFor();
    await expect(tiles.locator('title').allTextContents()).resolves.toEqual(['云南省：1篇', '福建省：1篇']);
    // Every province has its square; those without matches are not links.
    await expect(page.locator('#search-provinces-map rect').count()).resolves.toBe(34);
    await expect(page.locator('#search-provinces-table tbody tr').allInnerTexts()).resolves.toEqual([
      '云南省\t1',
      '福建省\t1',
    ]);

    // Followed from the keyboard, the tile keeps the focus once the map is drawn again.
    await tiles.nth(1).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/province=/);
    await listed(page);
    await expect(page.locator('.result__title').allTextContents()).resolves.toEqual(['东山县教育局2021年工作总结']);
    await expect(page.locator('fieldset[data-facet="province"] input[value="福建省"]').isChecked()).resolves.toBe(true);
    // The other provinces stay on the map to move to; the chosen one is marked.
    await page.locator('#search-provinces-map [aria-current="true"]').waitFor();
    await expect(page.locator('#search-provinces-map [aria-current="true"] title').textContent()).resolves.toBe(
      '福建省：1篇（已选）',
    );
    await expect(
      page.evaluate(() => document.activeElement?.querySelector('title')?.textContent ?? null),
    ).resolves.toBe('福建省：1篇（已选）');
    await expect(tiles.count()).resolves.toBe(2);
    await page.close();
  });

  it('keeps the map folded on a phone until asked for, and keeps its room while its counts arrive', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.url}/search/?q=教育`);
    await listed(page);
    const panel = page.locator('#search-provinces');
    await expect(panel.evaluate((details) => (details as HTMLDetailsElement).open)).resolves.toBe(false);
    await expect(page.locator('#search-provinces-map svg').count()).resolves.toBe(0);
    await page.locator('#search-provinces summary').click();
    await page.locator('#search-provinces-map svg').waitFor();
    const box = await page.locator('#search-provinces-map').boundingBox();
    const svg = await page.locator('#search-provinces-map svg').boundingBox();
    expect(Math.abs(box!.height - svg!.height)).toBeLessThan(2);
    await page.close();
  });

  it('draws the map for the latest search when the older search’s counts arrive after it started', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    // The report lists the counts need are held back until the reader has searched again.
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/facets.bin', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${site.url}/search/?q=教育`);
    await listed(page);
    await expect(page.locator('#search-provinces-map svg').count()).resolves.toBe(0);
    await page.locator('#search-q').fill('教師');
    await page.locator('#search-q').press('Enter');
    await page.waitForURL(/q=%E6%95%99%E5%B8%AB/);
    await listed(page);
    // Every map drawn from now on is recorded: the older search's counts (云南省 has a match for 教育 only) must never show.
    await page.evaluate(() => {
      const drawn: string[] = [];
      (window as unknown as { drawn: string[] }).drawn = drawn;
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes)
            if (node instanceof SVGElement) drawn.push(node.querySelector('desc')?.textContent ?? '');
      }).observe(document.getElementById('search-provinces-map')!, { childList: true });
    });
    release();
    await page.locator('#search-provinces-map svg').waitFor();
    // Focus stays where the reader put it: no tile was followed.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-q');
    await expect(page.evaluate(() => (window as unknown as { drawn: string[] }).drawn)).resolves.toEqual([
      '福建省：1篇',
    ]);
    await expect(page.locator('#search-provinces-map a.map-link title').allTextContents()).resolves.toEqual([
      '福建省：1篇',
    ]);
    await page.close();
  });
});
