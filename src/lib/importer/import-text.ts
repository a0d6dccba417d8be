import { countHan } from '../text/cjk.ts';
import type { Tagger } from '../topics/tagger.ts';
import { buildReport, type ImportedReport } from './build-report.ts';
import { stripBrokenBullets } from './broken-bullets.ts';
import { importCatalogue } from './catalogue.ts';
import { tagChrome } from './chrome-pass.ts';
import { tagWords } from './chrome-lines.ts';
import { decodeBytes, type Encoding } from './decode.ts';
import { readPageText } from './page-text.ts';
import { stripHeadingOrnaments, stripMarkdownMarkup } from './markdown-markup.ts';
import { joinPageSlices } from './page-slices.ts';
import { stripPinyinGlosses } from './pinyin-gloss.ts';
import { reflowLongLines } from './reflow.ts';
import type { Removal, SourceLine } from './removals.ts';
import { reportText } from './report-text.ts';
import { selectBody } from './select-body.ts';
import { removeAdSentences, removeSpamQueries } from './spam-queries.ts';
import { findSiteNames } from './site-names.ts';
import { findMarkers, splitReports } from './split-reports.ts';
import { titleKey } from './title.ts';
import { removeWatermarks, watermarkPhrases } from './watermarks.ts';

export type { ImportedReport } from './build-report.ts';

export interface ImportOptions {
  tagger: Tagger;
  /** Address the page was saved from, for source.url. */
  sourceUrl?: string;
  /** Overrides the site name found in the page, for source.name. */
  sourceName?: string;
}

export interface PageImport {
  encoding?: Encoding;
  format: 'text' | 'html';
  reports: ImportedReport[];
  /** Every line or phrase taken out of the page, with its line and the rule that took it. */
  removals: Removal[];
  /** Page-level observations: page slices joined, pinyin removed, lines reflowed. */
  notes: string[];
}

export type ImportOutcome = ({ ok: true } & PageImport) | { ok: false; error: string };

/** Decodes raw bytes and imports them; unreadable input is an error, not an exception. */
export function importBytes(bytes: Uint8Array, options: ImportOptions): ImportOutcome {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return decoded;
  const page = importText(decoded.text, options);
  if (page.reports.length === 0) return { ok: false, error: '去掉网页杂质后没有剩下正文' };
  if (decoded.replaced)
    page.notes.unshift(`有 ${decoded.replaced} 处字节不是有效的 UTF-8（文件可能被截断或损坏），显示为 �，请对照原文`);
  return { ok: true, ...page, encoding: decoded.encoding };
}

/**
 * The whole pipeline, from page text to finished report files. Each step is
 * one function; the order is the method: read the page (HTML through
 * Readability), undo text damage that hides lines, mark the chrome, keep the
 * densest run of report prose, split collections, then per report choose the
 * title, repair the text, find structure and metadata.
 */
export function importText(raw: string, options: ImportOptions): PageImport {
  const catalogue = importCatalogue();
  const notes: string[] = [];
  const page = readPageText(raw);
  const removals: Removal[] = [...page.removals];

  const unmarked = page.format === 'text' ? stripMarkdownMarkup(page.lines) : { lines: page.lines, stripped: 0 };
  if (unmarked.stripped > 0) notes.push(`去掉了 ${unmarked.stripped} 行的 Markdown 标记（#、>、**）`);
  const unadorned = stripHeadingOrnaments(unmarked.lines);
  if (unadorned.stripped > 0) notes.push(`去掉了 ${unadorned.stripped} 个标题前的装饰符号（如 🔹）`);
  const unbulleted = stripBrokenBullets(unadorned.lines);
  if (unbulleted.stripped > 0) notes.push(`去掉了 ${unbulleted.stripped} 行开头变成“? ”的项目符号`);
  const sliced = joinPageSlices(unbulleted.lines);
  if (sliced.slices > 0) notes.push(`去掉了 PDF 导出留下的 ${sliced.slices} 处分页编号，并把被分页截断的句子接上`);
  // Advertisers' phrases go before run-on lines are split: one spliced before （四） hides the heading's sentence break.
  const unspammed = removeSpamQueries(sliced.lines, catalogue);
  removals.push(...unspammed.removals);
  const reflowed = reflowLongLines(unspammed.lines, catalogue.headingEndings);
  if (reflowed.reflowed > 0) notes.push(`${reflowed.reflowed} 行超长文本按空格和“一、”等标记重新分段`);
  const glossed = stripGlosses(reflowed.lines);
  if (glossed.removed > 0) notes.push(`去掉了 ${glossed.removed} 处字后注音，如“講(jiǎng)”`);

  const siteNames = findSiteNames(glossed.lines, page.headCandidates, catalogue);
  const markers = findMarkers(glossed.lines, catalogue);
  const chrome = tagChrome(glossed.lines, catalogue, siteNames, markers);
  removals.push(...chrome.removals);
  const tags = chrome.lines.filter((line) => line.rule === 'tag-line').flatMap((line) => tagWords(line.text));
  const selected = selectBody(chrome.lines, catalogue, markers);
  removals.push(...selected.removals);

  // Slogans the page prints on lines of their own (repeated, or caught as advertising) are the phrases it also splices
  // into sentences; a topic tag the page repeats (第33个教师节) is not.
  const seen = new Map<string, number>();
  for (const line of chrome.lines)
    if (line.rule === 'advert' && Array.from(line.text).length <= 30)
      seen.set(line.text, (seen.get(line.text) ?? 0) + 1);
  const repeated = chrome.lines
    .filter((line) => line.rule === 'repeated-line' || (seen.get(line.text) ?? 0) >= 2)
    .map((line) => line.text);
  const phrases = watermarkPhrases(siteNames, [...new Set(repeated)], catalogue);
  const watermarked = removeWatermarks(selected.body, phrases, catalogue);
  removals.push(...watermarked.removals);
  const unadvertised = removeAdSentences(watermarked.lines, catalogue);
  removals.push(...unadvertised.removals);

  // Before a collection's first marker stands the page's own header; it is a report only if it holds one's worth of
  // text, or if its marker stood just above the body (【篇一】 left in the head with the title under it).
  const headMarker = selected.head.some((line) => markers.has(line.text));
  const parts = splitReports(unadvertised.lines, catalogue, markers).filter((part, index, all) => {
    if (index > 0 || part.lines.length === 0) return index > 0;
    const header =
      !headMarker && all.length > 1 && part.lines.reduce((total, line) => total + countHan(line.text), 0) < 200;
    if (header)
      removals.push(...part.lines.map((line) => ({ line: line.no, text: line.text, rule: 'collection-title' })));
    return !header;
  });
  const headTitles = [...page.headCandidates];
  const reports: ImportedReport[] = [];
  const firstTitle = () => reports[0]?.title ?? '';
  parts.forEach((part, index) => {
    const text = reportText(
      part,
      index === 0 ? selected.head : [],
      index === 0 ? headTitles : [],
      catalogue,
      removals,
      notes,
    );
    if (!text) return;
    reports.push(
      buildReport(text.title, text.body, {
        surroundings: text.surroundings,
        options,
        siteName: options.sourceName ?? siteNames.find((name) => !name.includes('.')),
        tags,
        titleSure: text.sure,
        pageHasOneReport: parts.length === 1,
      }),
    );
  });
  // The head held the title; what else it held is chrome or page furniture, and is reported as removed.
  const kept = new Set(reports.flatMap((report) => report.blocks.map((block) => block.text)));
  for (const line of selected.head) {
    if (!line.rule && (kept.has(line.text) || firstTitle().includes(line.text))) continue;
    if (line.rule || titleKey(line.text) !== titleKey(firstTitle()))
      removals.push({ line: line.no, text: line.text, rule: line.rule ?? 'outside-body' });
  }
  return { format: page.format, reports, removals: removals.sort((a, b) => a.line - b.line), notes };
}

function stripGlosses(lines: readonly SourceLine[]): { lines: SourceLine[]; removed: number } {
  let removed = 0;
  const out = lines.map((line) => {
    const stripped = stripPinyinGlosses(line.text);
    removed += stripped.removed;
    return { ...line, text: stripped.text };
  });
  return { lines: out, removed };
}
