import { alignSections } from '../lib/compare/align-sections.ts';
import { compareRequestOf } from '../lib/compare/compare-request.ts';
import { readReportPage, ReportPageError } from './read-report-page.ts';
import { renderComparison } from './render-comparison.ts';

/*
 * The compare page: reads ?a= and ?b=, fetches both reports' pages, aligns
 * their sections by topic and draws them side by side. The form above takes
 * any two reports' addresses or slugs.
 */

const app = document.getElementById('compare-app')!;
const base = app.dataset.base ?? '/';
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
  const choice = (event.target as HTMLInputElement).value;
  app.dataset.show = choice;
});

async function compare(a: string, b: string): Promise<void> {
  status.textContent = '正在读取两篇报告……';
  view.setAttribute('aria-busy', 'true');
  try {
    const [pageA, pageB] = await Promise.all([readReportPage(base, a), readReportPage(base, b)]);
    renderComparison(view, pageA, pageB, alignSections(pageA.sections, pageB.sections));
    document.title = `对照：${pageA.title} / ${pageB.title} - ${document.title.split(' - ').at(-1)}`;
    swap.href = `?a=${encodeURIComponent(b)}&b=${encodeURIComponent(a)}`;
    app.classList.add('compare--ready');
    // The reports are chosen: their texts, not the form, should fill a phone's screen.
    pick.open = false;
    status.textContent = '';
  } catch (error) {
    status.textContent = error instanceof ReportPageError ? error.message : `对照失败：${(error as Error).message}`;
    app.classList.remove('compare--ready');
  } finally {
    view.removeAttribute('aria-busy');
  }
}

if (request.a && request.b) {
  // A pasted address becomes its slug in the page's own address, which is then short enough to cite.
  if (params.get('a') !== request.a || params.get('b') !== request.b) {
    history.replaceState(null, '', `?a=${encodeURIComponent(request.a)}&b=${encodeURIComponent(request.b)}`);
  }
  void compare(request.a, request.b);
} else if (params.has('a') || params.has('b')) {
  const missing = (['a', 'b'] as const)
    .filter((side) => !request[side])
    .map((side) => (side === 'a' ? '甲篇' : '乙篇'));
  status.textContent = `请填写${missing.join('和')}：报告的网址，或网址中 /reports/ 后面的编号。`;
}
