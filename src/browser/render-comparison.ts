import type { AlignedRow } from '../lib/compare/align-sections.ts';
import type { PageSection, ReportPage } from './read-report-page.ts';

/*
 * Draws two reports side by side, a row per pair of aligned sections: both
 * columns on a wide screen, one column and a switch on a phone. Sections come
 * from the reports' own pages, with their ids dropped, since the two pages
 * share anchors such as intro.
 */

type Side = 'a' | 'b';
export const sideNames: Record<Side, string> = { a: '甲篇', b: '乙篇' };

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  made.append(...children);
  return made;
}

/** A heading one level down: a section's h3 sits below the cell's own h3 here. */
function demoted(heading: Element): Element {
  const level = Math.min(6, Number(heading.tagName.slice(1)) + 1);
  const lower = document.createElement(`h${level}`);
  lower.append(...heading.childNodes);
  return lower;
}

/** A section's nodes, copied without ids (the two pages share anchors such as intro) and with headings demoted. */
function bodyOf(section: PageSection): DocumentFragment {
  const body = document.createDocumentFragment();
  for (const node of section.body) body.append(document.importNode(node, true));
  for (const headed of body.querySelectorAll('[id]')) headed.removeAttribute('id');
  for (const heading of body.querySelectorAll('h2, h3, h4, h5')) heading.replaceWith(demoted(heading));
  return body;
}

function cellOf(side: Side, report: ReportPage, section: PageSection | undefined, other: Side): HTMLElement {
  const cell = element('div', { class: `compare-cell compare-cell--${side}`, 'data-side': side });
  if (!section) {
    cell.classList.add('compare-cell--missing');
    cell.append(
      element('p', { class: 'compare-cell__missing' }, `${sideNames[side]}没有与${sideNames[other]}这一节对应的内容`),
    );
    return cell;
  }
  if (report.lang) cell.lang = report.lang;
  const label = element('span', { class: 'compare-cell__side', lang: 'zh-CN' }, sideNames[side]);
  const heading = element('a', { href: section.href }, section.heading ?? '导语');
  cell.append(element('h3', { class: 'compare-cell__heading' }, label, ' ', heading), bodyOf(section));
  return cell;
}

/** The row's topics, named as report a's chips name them (or b's, for topics a does not chip). */
function sharedTopics(row: AlignedRow, a: ReportPage, b: ReportPage): HTMLElement {
  const line = element('p', { class: 'compare-row__topics', lang: 'zh-CN' });
  if (row.a === null || row.b === null) {
    line.classList.add('compare-row__topics--alone');
    line.append(`只在${sideNames[row.a === null ? 'b' : 'a']}中`);
    return line;
  }
  // The preambles pair as preambles, whatever the tagger made of them.
  if (a.sections[row.a]!.heading === null) {
    line.append('两篇的导语');
    return line;
  }
  if (row.shared.length === 0) {
    line.append('标题相近');
    return line;
  }
  line.append('共同主题：');
  row.shared.forEach((id, at) => {
    const chip = a.sections[row.a!]!.chips.get(id) ?? b.sections[row.b!]!.chips.get(id);
    if (at > 0) line.append('、');
    line.append(chip ? element('a', { href: chip.href }, chip.name) : id);
  });
  return line;
}

/**
 * The reports' headings and the rows of their aligned sections, into
 * `target`; returns what the rows hold in a sentence, for the page's status.
 */
export function renderComparison(
  target: HTMLElement,
  a: ReportPage,
  b: ReportPage,
  rows: readonly AlignedRow[],
): string {
  const header = element('div', { class: 'compare-reports' });
  for (const [side, report] of [
    ['a', a],
    ['b', b],
  ] as const) {
    const title = element('a', { href: report.url }, report.title);
    if (report.lang) title.lang = report.lang;
    header.append(
      element(
        'section',
        { class: `compare-report compare-report--${side}`, 'aria-label': sideNames[side] },
        element('h2', {}, element('span', { class: 'compare-cell__side' }, sideNames[side]), ' ', title),
        element('p', { class: 'compare-report__facts' }, report.facts.join(' · ')),
      ),
    );
  }
  const paired = rows.filter((row) => row.a !== null && row.b !== null).length;
  const list = element('ol', { class: 'compare-rows', 'aria-labelledby': 'compare-rows-title' });
  for (const row of rows) {
    const sectionA = row.a === null ? undefined : a.sections[row.a];
    const sectionB = row.b === null ? undefined : b.sections[row.b];
    const item = element('li', { class: 'compare-row' }, sharedTopics(row, a, b));
    if (row.a === null || row.b === null) item.classList.add('compare-row--alone');
    item.append(cellOf('a', a, sectionA, 'b'), cellOf('b', b, sectionB, 'a'));
    list.append(item);
  }
  const title = element('h2', { id: 'compare-rows-title', class: 'visually-hidden' }, '逐节对照');
  target.replaceChildren(header, title, list);
  return (
    `两篇都有的内容 ${paired} 组；只在甲篇中的 ${rows.filter((row) => row.b === null).length} 节，` +
    `只在乙篇中的 ${rows.filter((row) => row.a === null).length} 节。`
  );
}
