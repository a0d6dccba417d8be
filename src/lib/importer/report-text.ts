import { foldText } from '../text/fold.ts';
import type { Catalogue } from './catalogue.ts';
import { chromeRuleOf } from './chrome-lines.ts';
import type { TaggedLine } from './chrome-pass.ts';
import { chooseTitle, type TitleChoice } from './choose-title.ts';
import { dateLineDate } from './dates.ts';
import type { Removal, SourceLine } from './removals.ts';
import { closeNumberSpacing, joinCarriedParagraphs, unwrapHardWraps } from './repair-text.ts';
import type { ReportPart } from './split-reports.ts';
import { isShortLine, markerOf } from './structure.ts';
import { goodTitleScore, scoreTitle, titleKey } from './title.ts';

/**
 * One report's title and paragraphs: the title chosen among the candidates,
 * repeated titles and a duplicated teaser removed, then the extraction damage
 * repaired (page slices, hard wraps, spaced numbers).
 */
export function reportText(
  part: ReportPart,
  head: readonly TaggedLine[],
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
        ? {
            ...marked,
            sure: true,
            ...(lines[0] && titleKey(lines[0].text) === titleKey(marked.title) ? { bodyLine: 0 } : {}),
          }
        : chooseTitle(
            head,
            lines.map((line) => line.text),
            titles,
            catalogue,
          );
  if (choice?.headLine !== undefined) {
    // Subtitle, date and speaker under a title belong to the report even when chrome (a table of contents) parts them from it.
    const preamble = head.slice(choice.headLine + 1).filter((line) => !line.rule && isPreamble(line.text));
    const rest = choice.rest ? [{ no: head[choice.headLine]!.no, text: choice.rest }] : [];
    lines = [...rest, ...preamble.map((line) => ({ no: line.no, text: line.text })), ...lines];
  }
  const above = head.map((line) => line.text);
  if (choice?.bodyLine !== undefined) {
    // A report starts at its title: what stood above it (a poster's note, a teaser) is not the report's text.
    for (const line of lines.slice(0, choice.bodyLine))
      removals.push({ line: line.no, text: line.text, rule: 'outside-body' });
    above.push(...lines.slice(0, choice.bodyLine).map((line) => line.text));
    const taken = lines[choice.bodyLine]!;
    // What followed a title on its line may be chrome glued to it (海珠区教育局2020年工作计划索引号：…).
    const restRule = choice.rest ? chromeRuleOf(choice.rest, catalogue) : undefined;
    if (choice.rest && restRule) removals.push({ line: taken.no, text: choice.rest, rule: restRule });
    const rest = choice.rest && !restRule ? [{ no: taken.no, text: choice.rest }] : [];
    lines = [...rest, ...lines.slice(choice.bodyLine + (choice.span ?? 1))];
  }
  // Copies of the title (and of a collection marker's title) go; other headings of the page are report headings.
  const keys = new Set([choice?.title ?? '', part.markerTitle ?? ''].map(titleKey).filter((key) => key !== ''));
  const titleKeyOf = (text: string) => titleKey(text).replace(/(篇?[0-9一二三四五六七八九十]+)$/u, '');
  // A title repeated as a running header stands where a page broke: the line after it may go on the sentence before.
  let broke = false;
  lines = lines.flatMap((line) => {
    const repeat =
      Array.from(line.text).length <= 60 && (keys.has(titleKey(line.text)) || keys.has(titleKeyOf(line.text)));
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
  const title = closeNumberSpacing(
    withoutCopyNumber(choice?.title ?? '未命名报告', [...head.map((line) => line.text), ...extra]),
  ).text;
  // The page's own headlines (<title> …_郑州市金水区教育局) are part of what surrounds its first report.
  return { title, body, sure: choice?.sure ?? false, surroundings: [...extra, ...above].join('\n') };
}

/**
 * A site that repeats its headline over the text numbers the copy (…新臺階1, …篇1): when the page also shows the
 * title without the number, the number is the site's.
 */
function withoutCopyNumber(title: string, pageLines: readonly string[]): string {
  const bare = title.replace(/\s*篇?\s*[0-9一二三四五六七八九十]{1,2}$/u, '');
  return bare !== title && bare !== '' && pageLines.some((line) => line !== title && titleKey(line) === titleKey(bare))
    ? bare
    : title;
}

/**
 * A teaser is the opening of a later paragraph shown before the full text
 * (often cut with …), or the same paragraph twice. Lines are indexed by their
 * first characters, so a long page is checked in one pass.
 */
function withoutTeasers(lines: readonly SourceLine[], removals: Removal[]): SourceLine[] {
  const key = (text: string) => Array.from(text).slice(0, 20).join('');
  const lastWith = new Map<string, number>();
  for (const [index, line] of lines.entries()) lastWith.set(key(line.text), index);
  return lines.filter((line, index) => {
    const stem = line.text.replace(/[.。…]+$/u, '');
    if (Array.from(stem).length < 20) return true;
    const later = lastWith.get(key(stem));
    const teaser = later !== undefined && later > index && lines[later]!.text.startsWith(stem);
    if (teaser) removals.push({ line: line.no, text: line.text, rule: 'teaser' });
    return !teaser;
  });
}

/** 二、主要工作成效（续）, or the heading itself again: a slide or page repeating a heading it continues; the heading stands once. */
function withoutContinuedHeadings(lines: readonly SourceLine[], removals: Removal[]): SourceLine[] {
  const seen = new Set<string>();
  return lines.filter((line) => {
    const stem = line.text.replace(/\s*[（(]\s*续\s*[）)]$/, '');
    // A numbered heading written again word for word heads the same part, carried onto the next slide or page.
    const repeatedHeading = markerOf(line.text) !== undefined && isShortLine(line.text) && seen.has(line.text);
    const continued = (stem !== line.text && seen.has(stem)) || repeatedHeading;
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
    /^(汇报人|报告人|述职人|主讲人|发言人|讲话人|汇报单位|报告单位)\s*[:：]/.test(foldText(text)) ||
    /(局长|书记|主任|副局长|同志)\s*\S{0,4}$/.test(text)
  );
}

function mapUnwrap(lines: readonly SourceLine[]): { lines: string[]; joined: number } {
  const unwrapped = unwrapHardWraps(lines);
  return { lines: unwrapped.lines.map((line) => line.text), joined: unwrapped.joined };
}
