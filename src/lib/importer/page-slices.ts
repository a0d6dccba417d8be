import type { SourceLine } from './removals.ts';
import { markerOf } from './structure.ts';

/**
 * PDF exports from document sites cut the text into page slices and number
 * each slice at the start of a line, often mid-sentence:
 *
 *     …党建引领开展凸显
 *     2、新成效 1.基层党建不断深入。…
 *
 * The numbers run 1, 2, 3 … through the whole document without restarting,
 * the slices are long, and most slices continue the sentence of the one before.
 * Ordinary numbered paragraphs restart per section and start new sentences, so
 * they are left alone.
 */

const sliceNumber = /^(\d{1,3})、/;
const sentenceEnd = /[。！？!?；;：:”」』）)]$/;

export function joinPageSlices(lines: readonly SourceLine[]): { lines: SourceLine[]; slices: number } {
  const chain: number[] = [];
  let expected = 1;
  lines.forEach((line, index) => {
    const match = sliceNumber.exec(line.text);
    if (match && Number(match[1]) === expected) {
      chain.push(index);
      expected += 1;
    }
  });
  if (chain.length < 3) return { lines: [...lines], slices: 0 };
  // A numbered list starts again at 1、 in its next part; page slices are numbered once through the document.
  const members = new Set(chain);
  const restart = lines.findIndex((line, index) => index > chain[0]! && !members.has(index) && /^1、/.test(line.text));
  if (restart >= 0 && lines.some((line, index) => index > restart && !members.has(index) && /^2、/.test(line.text)))
    return { lines: [...lines], slices: 0 };

  const cut = (index: number) => {
    const before = lines[index - 1]?.text ?? '';
    // A numbered heading does not end in punctuation either, but it is short and no slice itself.
    const heading = !members.has(index - 1) && markerOf(before) !== undefined && Array.from(before).length <= 50;
    return !sentenceEnd.test(before) && !heading;
  };
  const midSentence = chain.slice(1).filter(cut).length;
  const averageLength = chain.reduce((total, index) => total + lines[index]!.text.length, 0) / chain.length;
  // Short slices are slices too when several cut a sentence of their own text; a list's items follow each other instead.
  const cutsText = chain.slice(1).filter((index) => !members.has(index - 1) && cut(index)).length;
  if ((midSentence < (chain.length - 1) / 2 || averageLength < 40) && cutsText < 3)
    return { lines: [...lines], slices: 0 };

  const out: SourceLine[] = [];
  lines.forEach((line, index) => {
    if (!members.has(index)) {
      out.push(line);
      return;
    }
    const text = line.text.replace(sliceNumber, '');
    const last = out.at(-1);
    // The first slice opens the document; what stands above it is the page around it.
    if (last && index !== chain[0] && !sentenceEnd.test(last.text))
      out[out.length - 1] = { no: last.no, text: last.text + text };
    else out.push({ ...line, text });
  });
  return { lines: out, slices: chain.length };
}
