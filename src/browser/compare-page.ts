import { alignSections } from '../lib/compare/align-sections.ts';
import { compareRequestOf } from '../lib/compare/compare-request.ts';
import { pageTitle } from '../lib/site/page-title.ts';
import { siteUrls } from '../lib/site/urls.ts';
import { ReportPageError, readReportPage } from './read-report-page.ts';
import { renderComparison, sideNames } from './render-comparison.ts';

/*
 * The compare page: reads ?a= and ?b=, fetches both reports' pages, aligns
 * their sections by topic and draws them side by side. The form above takes
 * any two reports' addresses or slugs.
 */

const app = document.getElementById('compare-app')!;
const urls = siteUrls(app.dataset.base ?? '/');
const siteTitle = app.dataset.siteTitle ?? '';
const form = document.getElementById('compare-form') as HTMLFormElement;
const status = document.getElementById('compare-status')!;
const view = document.getElementById('compare-view')!;
const switcher = document.getElementById('compare-switch')!;
const swap = document.getElementById('compare-swap') as HTMLAnchorElement;
const pick = document.getElementById('compare-pick') as HTMLDetailsElement;

const request = compareRequestOf(location.search);
const params = new URLSearchParams(location.search);
for (const side of ['a', 'b'] as const) {
  const input = form.elements.namedItem(side) as HTMLInputElement;
  input.value = params.get(side) ?? '';
}

// On a phone one report shows at a time; the switch picks which.
switcher.addEventListener('change', (event) => {
  app.dataset.show = (event.target as HTMLInputElement).value;
});

async function compare(a: string, b: string): Promise<void> {
  status.textContent = '正在读取两篇报告……';
  view.setAttribute('aria-busy', 'true');
  try {
    const [pageA, pageB] = await Promise.all([readReportPage(urls.report(a), a), readReportPage(urls.report(b), b)]);
    const summary = renderComparison(view, pageA, pageB, alignSections(pageA.sections, pageB.sections));
    document.title = pageTitle(`对照：${pageA.title} / ${pageB.title}`, siteTitle);
    swap.href = urls.compare(b, a);
    app.classList.add('compare--ready');
    // The reports are chosen: their texts, not the form, should fill a phone's screen.
    pick.open = false;
    status.textContent = summary;
  } catch (error) {
    status.textContent = error instanceof ReportPageError ? error.message : `对照失败：${(error as Error).message}`;
    app.classList.remove('compare--ready');
  } finally {
    view.removeAttribute('aria-busy');
  }
}

/** What is wrong with the address's ?a= and ?b=, when one of them names no report. */
function problemWith(): string {
  const sides = ['a', 'b'] as const;
  const unknown = sides.filter((side) => params.get(side)?.trim() && !request[side]);
  if (unknown.length > 0) {
    const named = unknown.map((side) => `${sideNames[side]}「${params.get(side)!.trim()}」不是报告的网址或编号`);
    return `${named.join('；')}。`;
  }
  const missing = sides.filter((side) => !request[side]).map((side) => sideNames[side]);
  return `请填写${missing.join('和')}：报告的网址，或网址中 /reports/ 后面的编号。`;
}

if (request.a && request.b) {
  // A pasted address becomes its slug in the page's own address, which is then short enough to cite.
  const canonical = urls.compare(request.a, request.b);
  if (`${location.pathname}${location.search}` !== canonical) history.replaceState(null, '', canonical);
  void compare(request.a, request.b);
} else if (params.has('a') || params.has('b')) {
  status.textContent = problemWith();
}
