import { foldText } from '../text/fold.ts';
import { isShortLine, markerOf } from './structure.ts';
import type { SourceLine } from './removals.ts';

const sentenceEnd = /[。！？!?；;：:”」』）)…]$/;

/** Columns a line takes in a fixed-width export: CJK characters, full-width forms and CJK punctuation two, the rest one. */
function displayWidth(text: string): number {
  let width = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    // A surrogate pair is one rare Han character: count it once, as two columns.
    if (code >= 0xd800 && code <= 0xdbff) {
      width += 2;
      index += 1;
    } else width += code >= 0x2e80 || code === 0x2014 || code === 0x2026 || (code >= 0x2018 && code <= 0x201d) ? 2 : 1;
  }
  return width;
}

/** A numbered heading (一、…, short): a numbered paragraph runs on, a heading never does. */
function isHeading(text: string): boolean {
  return markerOf(text) !== undefined && isShortLine(text);
}

/** A line a page break cut: no sentence end, not a numbered heading, not a title-like stub. */
function midSentence(text: string): boolean {
  return (
    Array.from(text).length >= 4 &&
    !sentenceEnd.test(text) &&
    !isHeading(text) &&
    !/(总结|计划|要点|讲话|报告|目录|局|日)$/.test(text)
  );
}

const subtitleEnd = /(上|讲话|致辞|发言|报告|\))$/u;

/**
 * PDF and office exports wrap paragraphs at a fixed width. Within a run of
 * adjacent lines (no blank line between), a line that fills the run's width
 * and does not end a sentence continues on the next line, unless that line
 * opens a numbered part.
 */
export function unwrapHardWraps(lines: readonly SourceLine[]): { lines: SourceLine[]; joined: number } {
  const runs: SourceLine[][] = [];
  let joined = 0;
  for (const line of lines) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && !line.afterBreak && (last!.through ?? last!.no) + 1 === line.no) run.push(line);
    else runs.push([line]);
  }
  const widths = new Map<SourceLine, number>(lines.map((line) => [line, displayWidth(line.text)]));
  const widthLine = (line: SourceLine) => widths.get(line) ?? displayWidth(line.text);
  // Most lines of a wrapped run fill the width; the longest may be a line a page break already rejoined.
  const widthOf = (run: readonly SourceLine[]) => {
    const sorted = run.map(widthLine).sort((a, b) => a - b);
    return sorted[Math.floor((sorted.length - 1) * 0.75)]!;
  };
  const runWidths = runs.map(widthOf);
  const cut = (line: SourceLine, width: number) =>
    width >= 32 && widthLine(line) >= width * 0.8 && !sentenceEnd.test(line.text) && !isHeading(line.text);
  // Wrapped text shows it: several lines filled to the width yet ending mid-sentence, somewhere on the page.
  const wrappedText =
    runs.reduce((total, run, index) => total + run.filter((line) => cut(line, runWidths[index]!)).length, 0) >= 3;
  // Text that indents its paragraphs tells continuation lines apart even when a line happens to end a sentence.
  const indented = wrappedText && lines.filter((line) => line.indent).length >= 3;
  // A run of two or three lines says little about the page's width: the page as a whole says it.
  const pageWidth = widthOf(lines);
  const out: SourceLine[] = [];
  runs.forEach((run, index) => {
    const width = run.length >= 4 ? runWidths[index]! : Math.max(runWidths[index]!, pageWidth);
    const wrappedRun = wrappedText && width >= 32;
    let previous: SourceLine | undefined;
    for (const line of run) {
      // A subtitle (——在…上的讲话) stands alone, unless it fills the width and stops where no subtitle ends (…常务委员会第).
      const subtitle =
        previous !== undefined &&
        /^[—–-]/.test(previous.text) &&
        !(widthLine(previous) >= width * 0.9 && !subtitleEnd.test(foldText(previous.text)));
      // An attachment list's next item (附件：1.…⏎2.2020年…) starts a line of its own, even where 2.2 reads like a number.
      const listItem =
        previous !== undefined &&
        /^\d{1,2}[.．、]/u.test(line.text) &&
        /^(附\s*件\s*[:：]|\d{1,2}[.．、])/u.test(previous.text);
      const joinable =
        previous !== undefined &&
        !isHeading(previous.text) &&
        markerOf(line.text) === undefined &&
        !subtitle &&
        !listItem;
      const wrapped =
        joinable &&
        wrappedRun &&
        ((indented && !line.indent && widthLine(previous!) >= width * 0.8) ||
          // A line filled to the width, or a next line opening with punctuation no line may start with (OCR and PDF both do this).
          (!sentenceEnd.test(previous!.text) &&
            (widthLine(previous!) >= width * 0.8 || /^[，。、；：？！）》”’]/.test(line.text))) ||
          // On a wrapped page a line stopping on a plain character mid-clause (…二是城区学校大) goes on, whatever its width.
          (/[；，、]\p{Script=Han}+$/u.test(previous!.text) && midSentence(previous!.text)));
      if (wrapped) {
        const last = out[out.length - 1]!;
        out[out.length - 1] = { ...last, text: last.text + line.text, through: line.through ?? line.no };
        joined += 1;
      } else {
        out.push({ ...line });
      }
      previous = line;
    }
  });
  // Then a sentence cut by a page break goes on after the footer (…培训⏎－ 2 －⏎7200人次…), once each side is whole.
  // Where numbered items are paragraphs (4.推进….组建…), a short one before a break is a paragraph cut, not a heading.
  const numbered = out.filter((line) => markerOf(line.text) === 'num');
  const numberedParagraphs = numbered.filter((line) => !isShortLine(line.text)).length * 2 > numbered.length;
  // A paragraph never ends on a comma or semicolon: one that stops on either before a page break goes on after it.
  const cutBefore = (text: string) =>
    midSentence(text) ||
    (/[，、；,;]$/.test(text) && !isHeading(text)) ||
    (numberedParagraphs && markerOf(text) === 'num' && !sentenceEnd.test(text));
  const rejoined: SourceLine[] = [];
  for (const line of out) {
    const last = rejoined.at(-1);
    // Where paragraphs are indented, a line after the break without the indent goes on with the paragraph before it.
    const continues =
      cutBefore(last?.text ?? '') || (indented && !line.indent && last !== undefined && !isHeading(last.text));
    if (last && line.afterBreak && continues && markerOf(line.text) === undefined) {
      rejoined[rejoined.length - 1] = { ...last, text: last.text + line.text, through: line.through ?? line.no };
      joined += 1;
    } else {
      rejoined.push(line);
    }
  }
  return { lines: rejoined, joined };
}

/**
 * Printed newsletters mark a paragraph carried to the next page: …12所（转下页）
 * and, where it goes on, （接上页）. The markers go and the two halves are joined.
 */
export function joinCarriedParagraphs(lines: readonly SourceLine[]): { lines: SourceLine[]; joined: number } {
  const carried = /[（(]\s*(转下页|下转第?\s*\d*\s*页|未完待续)\s*[）)]$/;
  const resumed = /^[（(]\s*(接上页|上接第?\s*\d*\s*页)\s*[）)]\s*/;
  const out: SourceLine[] = [];
  let joined = 0;
  let open = false;
  let resuming = false;
  for (const line of lines) {
    const text = line.text.replace(resumed, '');
    if (open && (resuming || text !== line.text)) {
      if (text === '') {
        // （接上页） on a line of its own: the carried sentence goes on in the next line.
        resuming = true;
        continue;
      }
      joined += 1;
      // The joined line covers the continuation too, so wrapped lines after it still count as adjacent.
      out[out.length - 1] = { ...out[out.length - 1]!, text: out[out.length - 1]!.text + text, through: line.no };
      open = false;
      resuming = false;
      continue;
    }
    open = carried.test(line.text);
    out.push(open ? { ...line, text: line.text.replace(carried, '') } : { ...line, text });
  }
  return { lines: out, joined };
}

/** 2021 年、15 次、90% 以上: spaces a PDF export puts between digits and Chinese characters. */
export function closeNumberSpacing(text: string): { text: string; closed: number } {
  let closed = 0;
  // The space after a part marker (第一部分 2010年…) is the heading's own.
  const result = text.replace(
    /(?<=\p{Script=Han}|[，。、；：（“]|^——)(?<!^第[一二三四五六七八九十]+(?:部分|章))[ \u00a0]+(?=\d)|(?<=\d%?|\d‰)[ \u00a0]+(?=\p{Script=Han})/gu,
    () => {
      closed += 1;
      return '';
    },
  );
  return { text: result, closed };
}
