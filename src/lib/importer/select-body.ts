import { countHan } from '../text/cjk.ts';
import { foldText } from '../text/fold.ts';
import type { Catalogue } from './catalogue.ts';
import type { TaggedLine } from './chrome-pass.ts';
import { dateLineDate } from './dates.ts';
import { lineKind, lineWeight } from './line-kinds.ts';
import { densestRun } from './main-body.ts';
import type { Removal, SourceLine } from './removals.ts';
import { bureauName } from './slug.ts';
import type { Markers } from './split-reports.ts';
import { markerOf } from './structure.ts';

interface PageBody {
  /** Lines before the body that may hold the title, chrome included (a title can be glued to chrome). */
  head: TaggedLine[];
  /** The report text: from the densest run of prose, widened to its heading lines and signature. */
  body: SourceLine[];
  removals: Removal[];
}

/** Chrome that a page break leaves in the text: a sentence may run on across it. */
const pageBreakRules = new Set(['page-number', 'repeated-line', 'site-name', 'url', 'template-cover']);

/** A signature line after the last paragraph: the issuer, a date, or both. */
function isSignature(text: string): boolean {
  if (Array.from(text).length > 40) return false;
  // Folded, so a Traditional signature (述職人：…) reads as its Simplified form.
  const folded = foldText(text);
  return (
    dateLineDate(text) !== undefined ||
    /^(?:19|20)[\dxX×]{2}\s*年\s*[\dxX×]{1,2}\s*月(?:\s*[\dxX×]{1,2}\s*日)?$/.test(text) ||
    // 二〇一一年二月××日: a signature date in Chinese numerals with the day hidden.
    /^[〇零○一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十xX×]{1,3}\s*月(?:\s*[一二三四五六七八九十xX×]{1,3}\s*日)?$/u.test(
      text,
    ) ||
    bureauName.test(folded) ||
    /^(述职人|汇报人|报告人|讲话人|发言人|主持人|撰稿人)\s*[:：]/.test(folded) ||
    /^[\p{Script=Han}xX×*]{2,20}(单位|学校|政府|委员会|办公室)$/u.test(folded)
  );
}

/**
 * Finds the report on a page: the densest run of prose, as boilerplate
 * removers do. Before the run, short non-chrome lines right above it (subtitle,
 * date, greeting) join the body and the rest becomes the head where titles are
 * looked for; after it, only a signature joins. Everything else is reported.
 */
export function selectBody(lines: readonly TaggedLine[], catalogue: Catalogue, markers: Markers = new Map()): PageBody {
  const removals: Removal[] = [];
  const kinds = lines.map((line) => (line.rule ? 'chrome' : lineKind(line.text, catalogue)));
  const run = densestRun(kinds.map((kind, index) => lineWeight(kind, lines[index]!.text)));
  if (!run) {
    for (const line of lines) if (line.rule) removals.push({ line: line.no, text: line.text, rule: line.rule });
    return { head: [...lines], body: [], removals };
  }

  let start = run.start;
  while (
    start > 0 &&
    !lines[start - 1]!.rule &&
    (kinds[start - 1] === 'short' || kinds[start - 1] === 'heading') &&
    !looksLikeTitle(lines[start - 1]!.text, catalogue)
  )
    start -= 1;
  // The marker of a collection's first report (【第1篇】…) opens the body, so the report keeps its own title.
  if (start > 0 && !lines[start - 1]!.rule && markers.has(lines[start - 1]!.text)) start -= 1;
  let end = run.end;
  // A signature may sit below a page footer or a running header: look past chrome to find it.
  for (let next = end + 1; next < lines.length && next <= end + 4; next += 1) {
    if (lines[next]!.rule) continue;
    // The rest of an attachment list (附件：1.…⏎2.…) stands between the text and its signature.
    const listed =
      /^\d{1,2}[.．、]/u.test(lines[next]!.text.trim()) && /^(附\s*件\s*[:：]|\d)/u.test(lines[end]!.text.trim());
    if (!isSignature(lines[next]!.text) && !listed) break;
    end = next;
  }

  const signed = signatureEnd(lines, start, end);
  const afterSignature = new Set(lines.slice(signed + 1, end + 1).filter((line) => !line.rule));
  end = signed;

  const body: SourceLine[] = [];
  let afterBreak = false;
  let afterDivider = false;
  lines.slice(start, end + 1).forEach((line) => {
    if (line.rule) {
      removals.push({ line: line.no, text: line.text, rule: line.rule });
      afterBreak ||= pageBreakRules.has(line.rule);
      afterDivider ||= line.rule === 'divider';
    } else {
      const { rule: _chrome, ...kept } = line;
      body.push({ ...kept, ...(afterBreak ? { afterBreak } : {}), ...(afterDivider ? { afterDivider } : {}) });
      afterBreak = false;
      afterDivider = false;
    }
  });
  for (const line of lines.slice(end + 1))
    removals.push({
      line: line.no,
      text: line.text,
      rule: line.rule ?? (afterSignature.has(line) ? 'after-signature' : 'outside-body'),
    });
  return { head: lines.slice(0, start), body, removals };
}

/**
 * A report ends with its signature: the issuer over the date. A few short
 * lines after it inside the run (亲，该文档总共4页…, an upload notice) are the
 * page talking, unless they are a numbered part or an attachment list.
 */
function signatureEnd(lines: readonly TaggedLine[], start: number, end: number): number {
  for (let index = end; index > start && index >= end - 4; index -= 1) {
    const text = lines[index]!.text;
    if (lines[index]!.rule || dateLineDate(text) === undefined || Array.from(text).length > 20) continue;
    const above = lines.slice(start, index).findLast((line) => !line.rule);
    if (!above || !isSignature(above.text) || dateLineDate(above.text) !== undefined) return end;
    const after = lines.slice(index + 1, end + 1).filter((line) => !line.rule);
    const talk =
      after.length <= 3 &&
      after.every((line) => markerOf(line.text) === undefined && !/^(附件|附表|抄送|附[:：])/.test(line.text));
    return talk && after.reduce((total, line) => total + countHan(line.text), 0) <= 200 ? index : end;
  }
  return end;
}

/** A short line that names a document: it belongs to the title step, not to the body. */
function looksLikeTitle(text: string, catalogue: Catalogue): boolean {
  const folded = foldText(text);
  return (
    !/^[—–-]/.test(text) && catalogue.documentTypes.some((entry) => entry.words.some((word) => folded.includes(word)))
  );
}
