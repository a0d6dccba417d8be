import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSite, type SiteInBrowser } from '../helpers/site-in-browser.ts';

let site: SiteInBrowser;

beforeAll(async () => {
  site = await openSite(inject('fixtureSite'));
});

afterAll(() => site?.close());

async function resultTitles(page: Page): Promise<string[]> {
  await page.locator('#result-list:not([aria-busy])').waitFor();
  return page.locator('.result__title').allTextContents();
}

describe('searching in the browser', () => {
  it('searches from the header, filters, sorts, goes back, and follows a result to its highlighted section', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site.url}/`);
    await page.locator('#header-q').fill('教師');
    await page.locator('#header-q').press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.locator('.result').first().waitFor();
    expect(await page.locator('#search-q').inputValue()).toBe('教師');
    expect(await resultTitles(page)).toEqual([
      '东山县教育局2021年工作总结',
      '北城市教育局2020年工作報告',
      '在全区教育工作会议上的讲话',
    ]);
    await expect(page.locator('#search-status').textContent()).resolves.toBe('找到 3 篇报告，共 4 节含有检索词。');
    expect(await page.locator('.result mark').allTextContents()).toEqual(expect.arrayContaining(['教師', '教师']));

    await page.locator('fieldset[data-facet="year"] input[value="2021"]').check();
    await page.waitForURL(/year=2021/);
    expect(await resultTitles(page)).toEqual(['东山县教育局2021年工作总结']);
    await expect(
      page.locator('fieldset[data-facet="type"] .facet__count[data-value="report"]').textContent(),
    ).resolves.toBe('0');
    await page.locator('fieldset[data-facet="year"] input[value="2021"]').uncheck();
    await page.waitForURL((url) => !url.search.includes('year='));

    await page.locator('#search-sort').selectOption('oldest');
    await page.waitForURL(/sort=oldest/);
    expect(await resultTitles(page)).toEqual([
      '北城市教育局2020年工作報告',
      '东山县教育局2021年工作总结',
      '在全区教育工作会议上的讲话',
    ]);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('sort='));
    expect(await page.locator('#search-sort').inputValue()).toBe('relevance');

    const link = page.locator('.result__section', { hasText: '一、教师队伍建设持续加强' });
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForURL(/\/reports\/dongshan-2021-summary\/\?hl=/);
    const anchor = href.split('#')[1]!;
    const marks = page.locator(`section#${anchor} mark.hit`);
    await marks.first().waitFor();
    expect(await marks.allTextContents()).toEqual(['教师', '教师', '教师']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds Traditional text with a Simplified query, and browses by filters alone', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('资讯化')}`);
    expect(await resultTitles(page)).toEqual(['北城市教育局2020年工作報告']);
    expect(await page.locator('.result mark').first().textContent()).toBe('資訊化');
    await page.goto(`${site.url}/search/?type=speech`);
    expect(await resultTitles(page)).toEqual(['在全区教育工作会议上的讲话']);
    await page.close();
  });

  it('works from the keyboard and says how many results it found', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/search/`);
    await page.locator('#search-q').focus();
    await page.keyboard.type('防溺水');
    await page.keyboard.press('Enter');
    await page.locator('.result').first().waitFor();
    await expect(page.locator('#search-status').getAttribute('aria-live')).resolves.toBe('polite');
    // Results can paint a moment before the status line is rewritten: wait for the search to finish, then read it.
    await page.waitForFunction(
      () => !(document.querySelector('#search-status')?.textContent ?? '').startsWith('正在检索'),
      undefined,
      { timeout: 10_000 },
    );
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/^找到 2 篇报告/);
    await page.close();
  });
});
