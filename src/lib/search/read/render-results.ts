import { escapeHtml } from '../../text/html.ts';
import type { ReportResult } from './present-results.ts';
import type { SearchOutcome } from './run-search.ts';
import type { SearchState } from './search-url.ts';

/** What the search page says before a search. */
export const idleStatus = '输入检索词，或在左侧选择筛选条件。';

/**
 * Whether an address asks for nothing: no terms, no filters and no sort. An
 * explicit sort lists the whole archive in that order.
 */
export function asksForNothing(state: SearchState, hasTerms: boolean, search: string): boolean {
  return !hasTerms && Object.keys(state.filters).length === 0 && !new URLSearchParams(search).has('sort');
}

/** The page's title during a search: the query first, so tabs and history tell searches apart. */
export function searchTitle(state: SearchState, hasTerms: boolean, pageTitle: string): string {
  return hasTerms ? `“${state.q.trim()}”的检索结果 · ${pageTitle}` : pageTitle;
}

/** What the status line says once the results are listed. */
export function searchStatus(state: SearchState, hasTerms: boolean, outcome: SearchOutcome): string {
  const reports = outcome.hits.length;
  if (reports === 0) {
    return hasTerms
      ? `没有找到含有“${state.q.trim()}”的报告。可以检查用字，或减少检索词和筛选条件。`
      : '没有符合筛选条件的报告。';
  }
  return hasTerms
    ? `找到 ${reports} 篇报告，共 ${outcome.sectionCount} 节含有检索词。`
    : `符合条件的报告共 ${reports} 篇。`;
}

/**
 * What the status line says while a query that reads segment by segment (a
 * common phrase in a large archive) shows its first results: the share of
 * the archive, newest first, they come from (`listedShare`), and how far the
 * search has got since.
 */
export function partialStatus(outcome: SearchOutcome, listedShare: number, searched: number): string {
  const share = `${percent(listedShare)}%`;
  const found =
    outcome.hits.length === 0
      ? `最新的 ${share} 内容中没有找到`
      : `已在最新的 ${share} 内容中找到 ${outcome.hits.length} 篇报告`;
  const further = searched > listedShare ? `（已检索 ${percent(searched)}%）` : '';
  return `${found}，正在检索其余的内容${further}…`;
}

function percent(share: number): number {
  return Math.min(99, Math.max(1, Math.floor(share * 100)));
}

export function errorStatus(error: Error): string {
  return `检索出错：${error.message}`;
}

/**
 * The inside of a result's list item. Titles, headings and excerpts come
 * escaped and marked from presentHits; the issuer is escaped here.
 */
export function resultHtml(result: ReportResult): string {
  const lang = result.lang === 'zh-Hant' ? ' lang="zh-Hant"' : '';
  const sections = result.sections
    .map(
      (section) =>
        `<li><a class="result__section" href="${section.url}"${lang}>${section.headingHtml}</a>` +
        `<p class="result__excerpt"${lang}>${section.excerptHtml}</p></li>`,
    )
    .join('');
  const more =
    result.moreSections > 0
      ? `<p class="result__more"><a href="${result.url}">另有 ${result.moreSections} 节也含检索词</a></p>`
      : '';
  return (
    `<h2 class="result__title"><a href="${result.url}"${lang}>${result.titleHtml}</a></h2>` +
    `<p class="result__meta"><span${lang}>${escapeHtml(result.issuer)}</span>` +
    (result.region ? `<span${lang}>${escapeHtml(result.region)}</span>` : '') +
    `<span>${result.yearLabel}</span><span>${result.typeLabel}</span></p>` +
    (sections ? `<ul class="result__sections">${sections}</ul>` : '') +
    more
  );
}
