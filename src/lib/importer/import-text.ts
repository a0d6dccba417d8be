import type { Tagger } from '../topics/tagger.ts';
import { buildReport, type ImportedReport } from './build-report.ts';
import { importCatalogue, type Catalogue } from './catalogue.ts';
import { tagChrome } from './chrome-pass.ts';
import { tagWords } from './chrome-lines.ts';
import { chooseTitle, type TitleChoice } from './choose-title.ts';
import { dateLineDate } from './dates.ts';
import { decodeBytes, type Encoding } from './decode.ts';
import { readPageText } from './page-text.ts';
import { stripHeadingOrnaments, stripMarkdownMarkup } from './markdown-markup.ts';
import { joinPageSlices } from './page-slices.ts';
import { stripPinyinGlosses } from './pinyin-gloss.ts';
import { reflowLongLines } from './reflow.ts';
import type { Removal, SourceLine } from './removals.ts';
import { closeNumberSpacing, joinCarriedParagraphs, unwrapHardWraps } from './repair-text.ts';
import { selectBody } from './select-body.ts';
import { findSiteNames } from './site-names.ts';
import { splitReports, type ReportPart } from './split-reports.ts';
import { goodTitleScore, scoreTitle, titleKey } from './title.ts';
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
  if (decoded.replaced) page.notes.unshift(`有 ${decoded.replaced} 处字节不是有效的 UTF-8（文件可能被截断或损坏），显示为 �，请对照原文`);
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
  const sliced = joinPageSlices(unadorned.lines);
  if (sliced.slices > 0) notes.push(`去掉了 PDF 导出留下的 ${sliced.slices} 处分页编号，并把被分页截断的句子接上`);
  const reflowed = reflowLongLines(sliced.lines, catalogue.headingEndings);
  if (reflowed.reflowed > 0) notes.push(`${reflowed.reflowed} 行超长文本按空格和“一、”等标记重新分段`);
  const glossed = stripGlosses(reflowed.lines);
  if (glossed.removed > 0) notes.push(`去掉了 ${glossed.removed} 处字后注音，如“講(jiǎng)”`);

  const siteNames = findSiteNames(glossed.lines, page.headCandidates, catalogue);
  const chrome = tagChrome(glossed.lines, catalogue, siteNames);
  removals.push(...chrome.removals);
  const tags = chrome.lines.filter((line) => line.rule === 'tag-line').flatMap((line) => tagWords(line.text));
  const selected = selectBody(chrome.lines, catalogue);
  removals.push(...selected.removals);

  const repeated = [...new Set(chrome.lines.filter((line) => line.rule === 'repeated-line').map((line) => line.text))];
  const watermarked = removeWatermarks(selected.body, watermarkPhrases(siteNames, repeated, catalogue), catalogue);
  removals.push(...watermarked.removals);

  const parts = splitReports(watermarked.lines, catalogue).filter((part, index) => index > 0 || part.lines.length > 0);
  const headTitles = [...page.headCandidates];
  const reports: ImportedReport[] = [];
  const firstTitle = () => reports[0]?.title ?? '';
  parts.forEach((part, index) => {
    const text = reportText(part, index === 0 ? selected.head : [], index === 0 ? headTitles : [], catalogue, removals, notes);
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
    if (line.rule || titleKey(line.text) !== titleKey(firstTitle())) removals.push({ line: line.no, text: line.text, rule: line.rule ?? 'outside-body' });
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

/**
 * One report's title and paragraphs: the title chosen among the candidates,
 * repeated titles and a duplicated teaser removed, then the extraction damage
 * repaired (page slices, hard wraps, spaced numbers).
 */
function reportText(
  part: ReportPart,
  head: Parameters<typeof chooseTitle>[0],
  extra: readonly string[],
  catalogue: Catalogue,
  removals: Removal[],
  notes: string[],
): { title: string; body: string[]; sure: boolean; surroundings: string } | undefined {
  let lines = part.lines;
  const titles = part.markerTitle ? [part.markerTitle, ...extra] : extra;
  // A collection's marker names its report; a page's table of contents above it names every report.
  // The report's own title on its first line beats a marker that repeats the page's title (教育局局长述职报告 篇2).
  const marked = part.markerTitle ? scoreTitle(part.markerTitle, catalogue) : undefined;
  const own = lines[0] ? scoreTitle(lines[0].text, catalogue) : undefined;
  const choice: TitleChoice | undefined =
    own && own.score >= goodTitleScore && marked
      ? { ...own, sure: true, bodyLine: 0 }
      : marked && marked.score >= goodTitleScore
        ? { ...marked, sure: true, ...(lines[0] && titleKey(lines[0].text) === titleKey(marked.title) ? { bodyLine: 0 } : {}) }
        : chooseTitle(head, lines.map((line) => line.text), titles, catalogue);
  if (choice?.headLine !== undefined) {
    // Subtitle, date and speaker under a title belong to the report even when chrome (a table of contents) parts them from it.
    const preamble = head.slice(choice.headLine + 1).filter((line) => !line.rule && isPreamble(line.text));
    lines = [...preamble.map((line) => ({ no: line.no, text: line.text })), ...lines];
  }
  const above = head.map((line) => line.text);
  if (choice?.bodyLine !== undefined) {
    // A report starts at its title: what stood above it (a poster's note, a teaser) is not the report's text.
    for (const line of lines.slice(0, choice.bodyLine)) removals.push({ line: line.no, text: line.text, rule: 'outside-body' });
    above.push(...lines.slice(0, choice.bodyLine).map((line) => line.text));
    const taken = lines[choice.bodyLine]!;
    lines = [...(choice.rest ? [{ no: taken.no, text: choice.rest }] : []), ...lines.slice(choice.bodyLine + (choice.span ?? 1))];
  }
  // Copies of the title (and of a collection marker's title) go; other headings of the page are report headings.
  const keys = new Set([choice?.title ?? '', part.markerTitle ?? ''].map(titleKey).filter((key) => key !== ''));
  const titleKeyOf = (text: string) => titleKey(text).replace(/(篇?[0-9一二三四五六七八九十]+)$/u, '');
  // A title repeated as a running header stands where a page broke: the line after it may go on the sentence before.
  let broke = false;
  lines = lines.flatMap((line) => {
    const repeat = Array.from(line.text).length <= 60 && (keys.has(titleKey(line.text)) || keys.has(titleKeyOf(line.text)));
    if (repeat) removals.push({ line: line.no, text: line.text, rule: 'repeated-title' });
    const kept = broke && !repeat ? [{ ...line, afterBreak: true }] : repeat ? [] : [line];
    broke = repeat;
    return kept;
  });
  lines = withoutTeasers(lines, removals);
  lines = withoutContinuedHeadings(lines, removals);
  if (lines.length === 0) return undefined;

  const carried = joinCarriedParagraphs(lines);
  if (carried.joined > 0) notes.push(`接上了 ${carried.joined} 处“转下页／接上页”分开的段落`);
  const unwrapped = mapUnwrap(carried.lines);
  if (unwrapped.joined > 0) notes.push(`把 ${unwrapped.joined} 处固定宽度的断行接回段落`);
  let closed = 0;
  const body = unwrapped.lines.map((text) => {
    const spaced = closeNumberSpacing(text);
    closed += spaced.closed;
    return spaced.text;
  });
  if (closed > 0) notes.push(`去掉了数字两边的 ${closed} 处空格（如“2021 年”）`);
  const title = closeNumberSpacing(choice?.title ?? '未命名报告').text;
  return { title, body, sure: choice?.sure ?? false, surroundings: above.join('\n') };
}

/**
 * A teaser is the opening of a later paragraph shown before the full text
 * (often cut with …), or the same paragraph twice. Lines are indexed by their
 * first characters, so a long page is checked in one pass.
 */
function withoutTeasers(lines: readonly SourceLine[], removals: Removal[]): SourceLine[] {
  const key = (text: string) => Array.from(text).slice(0, 20).join('');
  const lastWith = new Map<string, number>();
  lines.forEach((line, index) => lastWith.set(key(line.text), index));
  return lines.filter((line, index) => {
    const stem = line.text.replace(/[.。…]+$/u, '');
    if (Array.from(stem).length < 20) return true;
    const later = lastWith.get(key(stem));
    const teaser = later !== undefined && later > index && lines[later]!.text.startsWith(stem);
    if (teaser) removals.push({ line: line.no, text: line.text, rule: 'teaser' });
    return !teaser;
  });
}

/** 二、主要工作成效（续）: a slide or page repeating a heading it continues; the heading stands once. */
function withoutContinuedHeadings(lines: readonly SourceLine[], removals: Removal[]): SourceLine[] {
  const seen = new Set<string>();
  return lines.filter((line) => {
    const stem = line.text.replace(/\s*[（(]\s*续\s*[）)]$/, '');
    const continued = stem !== line.text && seen.has(stem);
    seen.add(line.text);
    if (continued) removals.push({ line: line.no, text: line.text, rule: 'repeated-title' });
    return !continued;
  });
}

/** ——在…会议上的讲话, （2014年3月5日）, 射阳县教育局局长 张三: the lines that follow a title. */
function isPreamble(text: string): boolean {
  if (Array.from(text).length > 40) return false;
  // A written date (2014年3月5日) dates the document; a numeric one (2019-02-27) is usually the page's own.
  const writtenDate = dateLineDate(text) !== undefined && /年.{1,3}月/.test(text);
  const monthOnly = /^(?:19|20)[\dxX×]{2}\s*年\s*[\dxX×]{1,2}\s*月$/.test(text);
  return (
    /^[—–-]{1,2}|^[（(]\s*(?:19|20)\d{2}\s*年/.test(text) ||
    writtenDate ||
    monthOnly ||
    /^(汇报人|报告人|述职人|主讲人|发言人|讲话人)\s*[:：]/.test(text) ||
    /(局长|书记|主任|副局长|同志)\s*\S{0,4}$/.test(text)
  );
}

function mapUnwrap(lines: readonly SourceLine[]): { lines: string[]; joined: number } {
  const unwrapped = unwrapHardWraps(lines);
  return { lines: unwrapped.lines.map((line) => line.text), joined: unwrapped.joined };
}
