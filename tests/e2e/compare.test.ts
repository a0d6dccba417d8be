import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSite, type SiteInBrowser } from '../helpers/site-in-browser.ts';

let site: SiteInBrowser;

beforeAll(async () => {
  site = await openSite(inject('fixtureSite'));
});

afterAll(() => site?.close());

const pair = '/compare/?a=dongshan-2021-summary&b=beicheng-2020-report';

/** Each row as [what the row says, report a's heading or null, report b's heading or null]. */
async function rowsOf(page: Page): Promise<[string, string | null, string | null][]> {
  await page.locator('.compare-rows').waitFor();
  return page.locator('.compare-row').evaluateAll((rows) =>
    rows.map((row) => {
      const heading = (side: string) =>
        row.querySelector(`.compare-cell--${side} .compare-cell__heading a`)?.textContent ?? null;
      return [row.querySelector('.compare-row__topics')!.textContent!, heading('a'), heading('b')];
    }),
  );
}

describe('comparing two reports', () => {
  it('aligns the sections by topic and marks those only one report has', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.url}${pair}`);
    expect(await rowsOf(page)).toEqual([
      ['两篇的导语', '导语', '导语'],
      ['共同主题：教师队伍', '一、教师队伍建设持续加强', '一、教師隊伍建設'],
      ['只在甲篇中', '二、办学条件明显改善', null],
      ['只在甲篇中', '三、存在问题和下一步打算', null],
      ['只在乙篇中', null, '二、資訊化建設'],
    ]);
    // The status says what the rows hold; the title names both reports.
    await expect(page.locator('#compare-status').textContent()).resolves.toBe(
      '两篇都有的内容 2 组；只在甲篇中的 2 节，只在乙篇中的 1 节。',
    );
    await expect(page.title()).resolves.toBe(
      '对照：东山县教育局2021年工作总结 / 北城市教育局2020年工作報告 · 测试档案',
    );
    // Both columns side by side on a wide screen, each section linking to its place in its report.
    const [a, b] = await Promise.all(
      ['a', 'b'].map((side) => page.locator(`.compare-row >> nth=1 >> .compare-cell--${side}`).boundingBox()),
    );
    expect(b!.x).toBeGreaterThan(a!.x + a!.width - 1);
    expect(Math.abs(b!.y - a!.y)).toBeLessThan(2);
    await expect(
      page.locator('.compare-row >> nth=1 >> .compare-cell--b .compare-cell__heading a').getAttribute('href'),
    ).resolves.toMatch(/^\/reports\/beicheng-2020-report\/#[a-z0-9-]+$/);
    await expect(page.locator('.compare-row >> nth=1 >> .compare-cell--b').getAttribute('lang')).resolves.toBe(
      'zh-Hant',
    );
    await expect(page.locator('.compare-row__topics a').first().getAttribute('href')).resolves.toBe(
      '/topics/teachers/',
    );
    // The sections' texts come along, without the anchors that would clash between two pages.
    await expect(page.locator('.compare-cell--a').nth(1).textContent()).resolves.toContain('全年招聘新教师56名');
    // Only the rows' own heading has an id; a section's inner heading sits below the section's.
    await expect(
      page.locator('.compare__view [id]').evaluateAll((found) => found.map((node) => node.id)),
    ).resolves.toEqual(['compare-rows-title']);
    await expect(page.locator('.compare-cell--a').nth(1).locator('h4').textContent()).resolves.toBe('（一）师德建设');
    await page.close();
  });

  it('keeps the links of the copied text leading where they did on the report page', async () => {
    const page = await site.browser.newPage();
    // The fixture's texts hold no ordinary links: one is added to the summary's page as it is served.
    await page.route('**/reports/dongshan-2021-summary/', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(
        '全年招聘新教师56名',
        '全年招聘<a href="#next-steps">新教师</a>56名，<a href="http://">坏链接</a>，<a href="../xishan-2019-plan/">西山</a>',
      );
      await route.fulfill({ response, body });
    });
    await page.goto(`${site.url}${pair}`);
    await page.locator('.compare-rows').waitFor();
    const hrefs = await page
      .locator('.compare-row')
      .nth(1)
      .locator('.compare-cell--a p a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toEqual([
      `${site.url}/reports/dongshan-2021-summary/#next-steps`,
      'http://',
      `${site.url}/reports/xishan-2019-plan/`,
    ]);
    await page.close();
  });

  it('shows one report at a time on a phone, with a switch between them', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(`${site.url}${pair}`);
    await page.locator('.compare-rows').waitFor();
    const visible = (side: string) => page.locator(`.compare-cell--${side}`).first().isVisible();
    await expect(visible('a')).resolves.toBe(true);
    await expect(visible('b')).resolves.toBe(false);
    await page.getByRole('radio', { name: '乙篇' }).check();
    await expect(visible('a')).resolves.toBe(false);
    await expect(visible('b')).resolves.toBe(true);
    // A row the shown report lacks says so, rather than vanishing.
    await expect(page.locator('.compare-row').nth(2).locator('.compare-cell--b').textContent()).resolves.toBe(
      '乙篇没有与甲篇这一节对应的内容',
    );
    // The form folds away once two reports are shown; the swap link puts each on the other side.
    await expect(
      page.locator('#compare-pick').evaluate((details) => (details as HTMLDetailsElement).open),
    ).resolves.toBe(false);
    await page.locator('#compare-swap').click();
    await page.waitForURL(/a=beicheng-2020-report&b=dongshan-2021-summary/);
    expect((await rowsOf(page))[1]).toEqual(['共同主题：教师队伍', '一、教師隊伍建設', '一、教师队伍建设持续加强']);
    await page.close();
  });

  it('takes pasted addresses in the form, and says what is wrong with an address that names no report', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/compare/`);
    await page.getByRole('textbox', { name: '甲篇' }).fill(`${site.url}/reports/xishan-2019-plan/#intro`);
    await page.getByRole('textbox', { name: '乙篇' }).fill('dongshan-2021-summary');
    await page.getByRole('button', { name: '对照' }).click();
    await page.waitForURL(/a=xishan-2019-plan&b=dongshan-2021-summary$/);
    expect((await rowsOf(page)).map((row) => row[0])).toContain('只在甲篇中');

    await page.goto(`${site.url}/compare/?a=no-such-report&b=dongshan-2021-summary`);
    await page.waitForFunction(() => document.getElementById('compare-status')!.textContent !== '正在读取两篇报告……');
    await expect(page.locator('#compare-status').textContent()).resolves.toBe(
      '档案里没有编号为「no-such-report」的报告，请检查网址。',
    );
    await expect(page.locator('.compare-rows').count()).resolves.toBe(0);

    await page.goto(`${site.url}/compare/?a=../about&b=`);
    await expect(page.locator('#compare-status').textContent()).resolves.toBe('甲篇「../about」不是报告的网址或编号。');
    await page.goto(`${site.url}/compare/?a=&b=dongshan-2021-summary`);
    await expect(page.locator('#compare-status').textContent()).resolves.toBe(
      '请填写甲篇：报告的网址，或网址中 /reports/ 后面的编号。',
    );
    await page.close();
  });
});
