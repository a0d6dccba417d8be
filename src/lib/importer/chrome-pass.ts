import { countHan } from '../text/cjk.ts';
import { foldText } from '../text/fold.ts';
import type { Catalogue } from './catalogue.ts';
import { chromeRuleOf } from './chrome-lines.ts';
import { lineKind } from './line-kinds.ts';
import type { Removal, SourceLine } from './removals.ts';
import { markerOf } from './structure.ts';
import type { Markers } from './split-reports.ts';
import { goodTitleScore, scoreTitle } from './title.ts';

const relatedBlockReach = 60;
const framed = /^[\p{S}\p{Pd}~～·•*]+[^\p{S}\p{Pd}]+[\p{S}\p{Pd}~～·•*]+$/u;

function memoize<T>(compute: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (!known.has(text)) known.set(text, compute(text));
    return known.get(text)!;
  };
}

/** A line with the rule that marks it as chrome, if one does. */
export interface TaggedLine extends SourceLine {
  rule?: string;
}

/**
 * Marks the chrome of a page, line by line, without deciding yet where the
 * report is: the catalogue's rules, the site's own name, short lines the page
 * repeats (running headers, footers and slogans), everything after a reading
 * list (推荐阅读 …) or a paywall cut-off (全文共3514字 …). A cut-off marker at
 * the end of a report line is cut out of it.
 */
export function tagChrome(
  lines: readonly SourceLine[],
  catalogue: Catalogue,
  siteNames: readonly string[],
  markers: Markers = new Map(),
): { lines: TaggedLine[]; removals: Removal[] } {
  const removals: Removal[] = [];
  // Pages repeat their lines (running headers, a collection's shared wording): each text is judged once.
  const ruleOf = memoize((text: string) => chromeRuleOf(text, catalogue));
  const titleScore = memoize((text: string) => scoreTitle(text, catalogue)?.score ?? 0);
  const tagged: TaggedLine[] = lines.map((line) => {
    // A collection's report marker (◇ 精选一：…) is structure, however much it looks like a card or a link.
    if (markers.has(line.text)) return { ...line };
    const rule = siteNames.includes(line.text)
      ? 'site-name'
      : (ruleOf(line.text) ?? (line.outside ? 'outside-article' : undefined));
    return rule ? { ...line, rule } : { ...line };
  });

  // A running footer numbers its pages (某某工作汇报　　3): the lines repeat but for that number.
  const keyOf = (text: string) => text.replace(/\s+\d{1,3}$/u, '');
  const counts = new Map<string, number>();
  for (const line of tagged) counts.set(keyOf(line.text), (counts.get(keyOf(line.text)) ?? 0) + 1);
  const numberedCopies = new Map<string, Set<string>>();
  for (const line of tagged)
    if (keyOf(line.text) !== line.text)
      numberedCopies.set(keyOf(line.text), (numberedCopies.get(keyOf(line.text)) ?? new Set()).add(line.text));
  // A line the page repeats right after its page numbers is a running header, however it reads.
  const afterPageNumber = new Map<string, number>();
  tagged.forEach((line, index) => {
    if (tagged[index - 1]?.rule === 'page-number')
      afterPageNumber.set(line.text, (afterPageNumber.get(line.text) ?? 0) + 1);
  });
  for (const line of tagged) {
    const seen = counts.get(keyOf(line.text)) ?? 0;
    // Spaces that push a running header's parts apart do not make it longer.
    const length = Array.from(line.text.replace(/\s+/g, ' ')).length;
    // An ellipsis on its own (……) stands for a speech left out of a 主持词, as often as the script needs it.
    if (
      line.rule ||
      seen < 2 ||
      length < 2 ||
      length > 60 ||
      markerOf(line.text) !== undefined ||
      /[。：:]$/.test(line.text) ||
      /^[…⋯.。]+$/u.test(line.text)
    )
      continue;
    const folded = foldText(line.text).toLowerCase();
    // A repeated title is not a running header: the title step needs it and removes its copies itself. One the
    // page numbers (…工作汇报　3, …工作汇报　4) is a footer all the same.
    const pageNumbered = (numberedCopies.get(keyOf(line.text))?.size ?? 0) >= 2;
    if (!pageNumbered && titleScore(line.text) >= goodTitleScore) continue;
    // Twice is enough for a line that names the site or speaks like chrome (海量范文 尽在文汇); a longer one must name the site.
    const named = siteNames.some((name) => line.text.includes(name));
    // So is a line framed in ornaments on both sides (——某某教育发布——), which a report never repeats.
    // And a line of two parts joined by a middle dot or a bar (某某教育 · 立德树人), a slogan no report repeats.
    const chromey =
      named ||
      framed.test(line.text) ||
      /\s[·•|｜]\s|｜/u.test(line.text) ||
      (afterPageNumber.get(line.text) ?? 0) >= 2 ||
      catalogue.chromeWords.some((word) => folded.includes(word));
    if ((length <= 30 && (seen >= 3 || chromey)) || named || pageNumbered) line.rule = 'repeated-line';
  }

  // The entries under a 目录 line are the headings the text repeats below: they go with it while they do.
  tagged.forEach((line, index) => {
    if (!/^(本文)?目\s*录\s*[:：]?$/u.test(foldText(line.text).trim())) return;
    for (let next = index + 1; next < tagged.length; next += 1) {
      const entry = tagged[next]!;
      if (entry.rule) continue;
      // An entry numbers its section its own way (1.1 第一部分…, 01　上半年主要工作) where the text's heading may not.
      const core = (text: string) => text.replace(/^(?:\d+(?:\.\d+)*\s+|[一二三四五六七八九十]+、)/u, '');
      if (
        Array.from(entry.text).length > 40 ||
        !tagged.slice(next + 1).some((later) => later.text === entry.text || core(later.text) === core(entry.text))
      )
        break;
      entry.rule = 'table-of-contents';
    }
  });

  // Report text on each side of every line, counted once, so a page of many cut-off markers stays linear.
  const prose = tagged.map((line) =>
    !line.rule && lineKind(line.text, catalogue) === 'prose' ? countHan(line.text) : 0,
  );
  const total = prose.reduce((sum, han) => sum + han, 0);
  let before = 0;
  for (let index = 0; index < tagged.length; index += 1) {
    const line = tagged[index]!;
    before += prose[index]!;
    const cut = catalogue.cutOffs.map((pattern) => pattern.exec(foldText(line.text))).find((match) => match !== null);
    // A preview cut-off ends the report only when little report text follows it.
    if (!cut || total - before > before * 0.3) continue;
    const kept = line.text.slice(0, cut.index).trimEnd();
    removals.push({ line: line.no, text: line.text.slice(kept.length).trim(), rule: 'cut-off' });
    if (kept === '') line.rule = 'cut-off';
    else line.text = kept;
    for (const after of tagged.slice(index + 1)) after.rule ??= 'cut-off';
    break;
  }

  // From the end: is every line after this one chrome or short? Then a reading-list marker here starts the tail.
  const shortAfter: boolean[] = new Array(tagged.length).fill(true);
  for (let index = tagged.length - 2; index >= 0; index -= 1) {
    const next = tagged[index + 1]!;
    shortAfter[index] = shortAfter[index + 1]! && (next.rule !== undefined || Array.from(next.text).length <= 60);
  }
  // A reading list may show teasers of the other pages (long lines): a bare marker such as 相关文章 still starts
  // the tail once most of the page's report text lies above it.
  let proseBefore = 0;
  const tail = tagged.findIndex((line, index) => {
    proseBefore += prose[index]!;
    const folded = foldText(line.text);
    if (!catalogue.tailMarkers.test(folded)) {
      // A page title with the marker after it opens the reading list when only short lines follow.
      return (
        shortAfter[index]! &&
        Array.from(folded).length <= 60 &&
        !/[。，；！？]/u.test(folded) &&
        catalogue.tailMarkerEnd.test(folded)
      );
    }
    const bare = Array.from(line.text.replace(/^[【〖][^】〗]{0,30}[】〗]/, '').replace(/[:：\s]+$/, '')).length <= 16;
    return (
      (shortAfter[index]! && (Array.from(line.text).length <= 40 || /[:：]/.test(line.text.slice(0, 16)))) ||
      (bare && proseBefore >= Math.max(500, total * 0.5))
    );
  });
  if (tail >= 0) for (const line of tagged.slice(tail)) line.rule ??= 'tail';

  // A block of related cards in the middle of a page (相关推荐, then card titles, teasers and view counts):
  // after the marker, a line goes with the block while it or the line below it is chrome.
  tagged.forEach((line, index) => {
    if (
      (line.rule && line.rule !== 'repeated-line') ||
      Array.from(line.text).length > 16 ||
      !catalogue.tailMarkers.test(foldText(line.text))
    )
      return;
    line.rule = 'related-block';
    // A block of cards is a screenful at most; looking further would make a page of many such blocks quadratic.
    for (let next = index + 1; next < Math.min(tagged.length, index + relatedBlockReach); next += 1) {
      const here = tagged[next]!;
      if (here.rule) continue;
      if (!tagged[next + 1]?.rule) break;
      here.rule = 'related-block';
    }
  });
  return { lines: tagged, removals };
}
