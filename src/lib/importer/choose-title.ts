import { countHan } from '../text/cjk.ts';
import { foldText } from '../text/fold.ts';
import { dateLineDate } from './dates.ts';
import type { Catalogue } from './catalogue.ts';
import type { TaggedLine } from './chrome-pass.ts';
import { goodTitleScore, scoreTitle, type TitleScore } from './title.ts';

export interface TitleChoice extends TitleScore {
  /** Index of the body line the title was taken from, when it was the first lines of the body. */
  bodyLine?: number;
  /** Index of the head line the title was taken from, when it stood above the body. */
  headLine?: number;
  /** The remainder of a body line whose start was the title (a run-on first line). */
  rest?: string;
  /** 2 when the title was wrapped over two lines, both taken. */
  span?: number;
  /** Found below the first lines of the body, where only a sure title that beats the rest is taken. */
  deep?: boolean;
  /** A headline the site wrote (<title>, <h1>, a line outside the article) rather than a line of the text. */
  site?: boolean;
  /** Whether the title meets the title grammar; when not, it is a best guess for the reviewer. */
  sure: boolean;
}

/**
 * Titles hidden inside chrome lines: the remainder of a 信息公开 metadata line
 * once its fields are gone, a document file name, the last breadcrumb entry.
 */
export function titlesInChrome(line: TaggedLine, catalogue: Catalogue): string[] {
  const text = line.text;
  catalogue.metadataField.lastIndex = 0;
  if (line.rule === 'gov-metadata' || catalogue.metadataField.test(text)) {
    return [stripMetadata(text, catalogue)].filter((rest) => rest !== '');
  }
  if (line.rule === 'file-info') return [text.replace(/^[•·●◦\-*]\s*/, '')];
  if (line.rule === 'breadcrumb')
    return [
      text
        .split(/\s*[>›»/＞]\s*/)
        .filter(Boolean)
        .at(-1) ?? '',
    ];
  return [];
}

/** A metadata line without its key: value fields; what remains is a title glued to it, if any. */
export function stripMetadata(text: string, catalogue: Catalogue): string {
  const named = catalogue.metadataTitleField.exec(text);
  if (named) return named[1]!.trim();
  return text.replace(catalogue.metadataField, ' ').replace(/\s+/g, ' ').trim();
}

/** The start of a run-on line up to and including a document-type word, if the line opens with a title. */
function titleAtStart(text: string, catalogue: Catalogue): { title: string; rest: string } | undefined {
  const folded = foldText(text);
  let best: { end: number } | undefined;
  for (const entry of catalogue.documentTypes) {
    for (const word of entry.words) {
      const at = folded.indexOf(word);
      if (at >= 0 && at + word.length <= 50 && (!best || at + word.length < best.end)) best = { end: at + word.length };
    }
  }
  if (!best) return undefined;
  const rest = text.slice(best.end).replace(/^[\s:：]+/, '');
  if (rest === '' || /^[，,。、：:；;是为的和及与暨会上在中]/.test(rest)) return undefined;
  return { title: text.slice(0, best.end), rest };
}

const speechTitle = /^在.{2,40}(会|会议|仪式|典礼|活动|大会)上的(讲话|致辞|发言|主持词|报告)$/u;

/** Two short lines without punctuation that may be one title wrapped in a printed page (…关于2014年教育工作⏎情况的报告). */
function wrappable(first: string, second: string, catalogue: Catalogue): boolean {
  const short = (text: string) =>
    Array.from(text).length <= 40 && !/[。，,：:；;！？!?]/.test(text) && !/^[—–-]/.test(text);
  // A date or a bracketed note under a line is its subtitle, never the rest of a wrapped title; 在…上的讲话 is a whole one.
  if (/^[（(]/.test(second) || dateLineDate(second) !== undefined || speechTitle.test(foldText(second))) return false;
  // A first line that already ends in a document word is a whole title; the next line is something else.
  const complete = catalogue.documentTypes.some((entry) => entry.words.some((word) => foldText(first).endsWith(word)));
  return !complete && short(first) && short(second) && Array.from(first + second).length <= 60;
}

/** ——在全县教育工作会议上的讲话: a subtitle that makes the line above it a title, whatever that line says. */
function isSubtitle(text: string | undefined, catalogue: Catalogue): boolean {
  if (!text || !/^[—–-]{1,2}|^在.{2,30}(会|仪式|典礼)上的/.test(text)) return false;
  const folded = foldText(text);
  return catalogue.documentTypes.some((entry) => entry.words.some((word) => folded.includes(word)));
}

/** A site's headline and, when it strings the site's names around the title (站名--栏目--标题, 标题_栏目_站名), each piece of it. */
function siteTitleParts(title: string): string[] {
  const parts = title.split(/\s*(?:-{2,}|－{2,}|_+|[|｜]|\s[-–—]\s)\s*/u).filter((part) => part !== '');
  return parts.length > 1 ? [title, ...parts] : [title];
}

/**
 * Picks the report title among every candidate: head lines, titles hidden in
 * chrome, the page's HTML title, the first body lines and the start of a
 * run-on first line. The best by the title grammar wins; on a tie the one
 * nearest the body. A line with a subtitle under it (——在…上的讲话) is a
 * title even without a document word of its own. Chrome lines themselves are
 * never candidates.
 */
export function chooseTitle(
  head: readonly TaggedLine[],
  body: readonly string[],
  extra: readonly string[],
  catalogue: Catalogue,
): TitleChoice | undefined {
  const candidates: TitleChoice[] = [];
  const consider = (
    raw: string,
    from: Partial<TitleChoice> = {},
    { needsType = false, next = undefined as string | undefined, joined = false } = {},
  ) => {
    const scored = scoreTitle(raw, catalogue);
    if (!scored) return;
    // A line that names a bureau and nothing of a document (集美教育　某某区教育局, a site's masthead) is no title
    // for the 在…上的致辞 under it, which is the title itself.
    const masthead = !scoreTitle(raw, catalogue)?.parts.documentType && !/^[—–-]/.test(next ?? '');
    const subtitled = isSubtitle(next, catalogue) && !isSubtitle(raw, catalogue) && !masthead;
    // A title hidden in chrome must name a kind of document and an issuer or a year: a breadcrumb's 规划计划总结 names only a column.
    if (needsType && !(scored.parts.documentType && (scored.parts.issuer || scored.parts.year)) && !subtitled) return;
    // Two lines joined must beat each alone: a kicker above a title (年终盘点) is not part of it.
    let score = scored.score + (subtitled ? 8 : 0) - (from.span === 2 || joined ? 1 : 0);
    // A line with nothing of a title about it is no title, however little else there is.
    if (score < 1) return;
    // The document's own title at the top of the text beats a headline a news site wrote for it.
    if (from.bodyLine !== undefined && !from.deep && !from.rest && scored.parts.documentType) score += 2;
    if (from.site) score -= 2;
    candidates.push({ ...scored, ...from, score, sure: score >= goodTitleScore });
  };
  const lines = [
    ...head.filter((line) => !line.rule || line.rule === 'outside-article').map((line) => line.text),
    ...body,
  ];
  const nextOf = (text: string) => lines[lines.indexOf(text) + 1];
  // Headlines a site wrote (<title>, <h1>, lines outside the article) yield to a title within the text when close.
  for (const title of extra) for (const part of siteTitleParts(title)) consider(part, { site: true });
  head.forEach((line, index) => {
    // A title hidden in chrome must at least name a kind of document: 其他文案 at the end of a breadcrumb is not one.
    // A line outside the HTML article is no report text, but the page's heading often stands there.
    if (line.rule && line.rule !== 'outside-article')
      for (const hidden of titlesInChrome(line, catalogue)) consider(hidden, { headLine: index }, { needsType: true });
    else {
      consider(line.text, { headLine: index, ...(line.rule ? { site: true } : {}) }, { next: nextOf(line.text) });
      // A speech's own title with its speaker glued after it (在…会议上的讲话县教育局局长 ×××).
      const runOn = line.rule ? undefined : titleAtStart(line.text, catalogue);
      if (runOn && countHan(runOn.rest) >= 3 && speechTitle.test(foldText(runOn.title)))
        consider(runOn.title, { headLine: index, rest: runOn.rest });
      // A title with 信息公开 fields after it on its line (…的报告 索引号: 0127… 发布机构: …) is a candidate without them.
      for (const hidden of titlesInChrome(line, catalogue))
        if (hidden !== line.text) consider(hidden, { headLine: index }, { needsType: true });
    }
    const above = head[index - 1];
    if (above && !above.rule && !line.rule && wrappable(above.text, line.text, catalogue)) {
      consider(above.text + line.text, { headLine: index }, { next: nextOf(line.text), joined: true });
    }
  });
  body.slice(0, 12).forEach((line, index) => {
    // Deeper in the body only a sure title counts, and only when it beats every other candidate (a repost's
    // note, a Q&A answer's preface or a forwarding notice can stand above the report's own title).
    const deep = index >= 3;
    const from = (choice: Partial<TitleChoice>) => (deep ? { ...choice, deep: true } : choice);
    // A sentence is text, not a title; a long line may still open with one (run-on exports).
    if (!/[。]$/.test(line) && Array.from(line).length <= 50)
      consider(line, from({ bodyLine: index }), { next: body[index + 1] });
    const above = body[index - 1];
    if (above !== undefined && wrappable(above, line, catalogue))
      consider(above + line, from({ bodyLine: index - 1, span: 2 }), { next: body[index + 1] });
    const runOn = titleAtStart(line, catalogue);
    // The start of a run-on line is a title only when it names its issuer (2025年是“十四五”规划 opens a sentence),
    // or is a speech's own title (在全县…会议上的讲话).
    const titled =
      runOn &&
      ((scoreTitle(runOn.title, catalogue)?.parts.issuer && Array.from(line).length > 60) ||
        speechTitle.test(foldText(runOn.title)));
    if (!deep && runOn && titled) consider(runOn.title, { bodyLine: index, rest: runOn.rest });
  });
  let best: TitleChoice | undefined;
  for (const candidate of candidates.filter((candidate) => !candidate.deep))
    if (!best || candidate.score >= best.score) best = candidate;
  for (const candidate of candidates.filter((candidate) => candidate.deep && candidate.sure))
    if (!best || candidate.score > best.score) best = candidate;
  return best && ownTitleWithin(best, candidates, catalogue);
}

/**
 * A headline that puts the speaker before the document's title (市教育局局长在…上的讲话) yields to that title
 * when the text itself writes it (在…上的讲话): the text's own words are the report's title. So does a line
 * that runs on past the title (在…上的讲话县教育局局长 ×××) to the title cut from its start.
 */
function ownTitleWithin(best: TitleChoice, candidates: readonly TitleChoice[], catalogue: Catalogue): TitleChoice {
  const endsLikeTitle = (title: string) =>
    catalogue.documentTypes.some((entry) => entry.words.some((word) => foldText(title).endsWith(word)));
  const own = candidates.find((candidate) => {
    if (candidate === best || candidate.deep || !candidate.parts.documentType || Array.from(candidate.title).length < 8)
      return false;
    if (best.title.length <= candidate.title.length) return false;
    // A site headline that strings its own name before the title (某某教育信息网--关于…的报告) yields to that title.
    if (
      best.site &&
      best.title.endsWith(candidate.title) &&
      /(?:-{2,}|－{2,}|_|[|｜]|\s[-–—]\s)\s*$/u.test(best.title.slice(0, -candidate.title.length))
    )
      return true;
    if (candidate.site) return false;
    const suffix =
      best.title.endsWith(candidate.title) &&
      (best.site || candidate.bodyLine !== undefined || (candidate.headLine ?? -1) > (best.headLine ?? Infinity));
    const prefix = candidate.rest !== undefined && best.title.startsWith(candidate.title) && !endsLikeTitle(best.title);
    return suffix || prefix;
  });
  return own ?? best;
}
