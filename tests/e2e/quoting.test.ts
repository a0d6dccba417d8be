import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type SiteInBrowser } from '../helpers/site-in-browser.ts';

let site: SiteInBrowser;

beforeAll(async () => {
  site = await openSite(inject('fixtureSite'));
});

afterAll(() => site?.close());

const report = '/reports/dongshan-2021-summary/';

/** Selects `from`…`to` (in characters from where `text` starts) in the report's paragraph holding it; returns its section's id. */
async function selectIn(page: Page, text: string, from: number, to: number): Promise<string> {
  return page.evaluate(
    ({ text, from, to }) => {
      const paragraph = [...document.querySelectorAll('.report-section p')].find((p) => p.textContent?.includes(text))!;
      const node = paragraph.firstChild as Text;
      const start = node.data.indexOf(text);
      getSelection()!.setBaseAndExtent(node, start + from, node, start + to);
      return paragraph.closest('section')!.id;
    },
    { text, from, to },
  );
}

describe('quoting a report', () => {
  it('offers a quote of the selected words only while words are selected', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}${report}`);
    const bar = page.locator('.quote-bar');
    await expect(bar.isVisible()).resolves.toBe(false);
    await selectIn(page, '全年招聘新教师56名', 0, 4);
    await bar.waitFor({ state: 'visible' });
    await page.evaluate(() => getSelection()!.removeAllRanges());
    await bar.waitFor({ state: 'hidden' });
    // A selection outside the report's text (the site's header) offers nothing.
    await page.evaluate(() => getSelection()!.selectAllChildren(document.querySelector('.site-header')!));
    await page.waitForTimeout(300);
    await expect(bar.isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('gives the quote, the section’s citation, the archived file’s SHA-256 and a link that finds the words', async () => {
    // Without smooth scrolling, so where the link lands can be measured at once.
    const context = await site.browser.newContext({ viewport: { width: 390, height: 700 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${site.url}${report}`);
    // "聘新教" cuts two words; the quote takes them whole.
    const section = await selectIn(page, '聘新教', 0, 3);
    const button = page.locator('.quote-bar button');
    await button.waitFor({ state: 'visible' });
    // From the keyboard: the button takes focus and Enter opens the dialog.
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('.quote-dialog');
    await dialog.waitFor({ state: 'visible' });
    await expect(dialog.locator('[data-quote="text"]').textContent()).resolves.toBe('招聘新教师');
    const citation = (await dialog.locator('[data-quote="citation"]').textContent())!;
    expect(citation).toContain(
      '东山县教育局. 东山县教育局2021年工作总结: 一、教师队伍建设持续加强[EB/OL]. (2021-12-20)',
    );
    const sha = await page.locator('.provenance .hash').textContent();
    await expect(dialog.locator('.hash').textContent()).resolves.toBe(sha);
    const href = (await dialog.locator('[data-quote="link"]').getAttribute('href'))!;
    expect(href).toContain(`/reports/dongshan-2021-summary/#${section}:~:text=`);
    expect(decodeURIComponent(href)).toContain('招聘新教师');

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect(button.evaluate((element) => element === document.activeElement)).resolves.toBe(true);

    // Opened, the link scrolls the quoted words to the middle of the screen (a section link would put its heading on top).
    const reader = await context.newPage();
    await reader.goto(`${site.url}${new URL(href).pathname}${new URL(href).hash}`);
    const words = reader.locator(`#${section} p`, { hasText: '全年招聘新教师' });
    await expect.poll(() => reader.evaluate(() => scrollY), { timeout: 3000 }).toBeGreaterThan(0);
    const box = (await words.boundingBox())!;
    expect(box.y + box.height / 2).toBeGreaterThan(700 * 0.25);
    expect(box.y + box.height / 2).toBeLessThan(700 * 0.75);
    // A link to the section alone would put its heading at the top of the screen.
    expect((await reader.locator(`#${section}`).boundingBox())!.y).toBeGreaterThan(100);
    await context.close();
  });

  it('copies the quote, its citation and its link in one go', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    const page = await context.newPage();
    await page.goto(`${site.url}${report}`);
    const section = await selectIn(page, '组织暑期全员培训', 0, 8);
    await page.locator('.quote-bar button').click();
    await page.locator('[data-quote="copy"]').click();
    await expect(page.locator('[data-quote="status"]').textContent()).resolves.toBe('已复制');
    const copied = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
    expect(copied[0]).toBe('“组织暑期全员培训”');
    expect(copied[1]).toContain('[EB/OL]');
    expect(copied[2]).toMatch(new RegExp(`^引文链接：http.*#${section}:~:text=`));
    expect(copied[3]).toBe(`存档文件 SHA-256：${await page.locator('.provenance .hash').textContent()}`);
    await context.close();
  });

  it('quotes a paragraph taken whole by a triple click, without words of the block after it', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}${report}`);
    // A triple click selects the paragraph and reaches into the next block (here the heading （一）师德建设).
    await page.locator('.report-section p', { hasText: '全年招聘新教师56名' }).click({ clickCount: 3 });
    await page.locator('.quote-bar button').click();
    const dialog = page.locator('.quote-dialog');
    await dialog.waitFor({ state: 'visible' });
    await expect(dialog.locator('[data-quote="text"]').textContent()).resolves.toBe(
      '全年招聘新教师56名，组织暑期全员培训，师德师风专题教育覆盖全体教师。',
    );
    const link = decodeURIComponent((await dialog.locator('[data-quote="link"]').getAttribute('href'))!);
    expect(link).toContain(':~:text=');
    expect(link).not.toContain('师德建设');
    await page.close();
  });
});
