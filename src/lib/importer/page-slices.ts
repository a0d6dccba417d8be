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

export function joinPageSlices(lines: readonly string[]): { lines: string[]; slices: number } {
  const chain: number[] = [];
  let expected = 1;
  lines.forEach((line, index) => {
    const match = sliceNumber.exec(line);
    if (match && Number(match[1]) === expected) {
      chain.push(index);
      expected += 1;
    }
  });
  if (chain.length < 3) return { lines: [...lines], slices: 0 };

  const midSentence = chain.slice(1).filter((index) => !sentenceEnd.test(previousText(lines, index))).length;
  const averageLength = chain.reduce((total, index) => total + lines[index]!.length, 0) / chain.length;
  if (midSentence < (chain.length - 1) / 2 || averageLength < 40) return { lines: [...lines], slices: 0 };

  const members = new Set(chain);
  const out: string[] = [];
  lines.forEach((line, index) => {
    if (!members.has(index)) {
      out.push(line);
      return;
    }
    const text = line.replace(sliceNumber, '');
    let last = out.length - 1;
    while (last >= 0 && out[last] === '') last -= 1;
    if (last >= 0 && !sentenceEnd.test(out[last]!)) {
      out.length = last + 1;
      out[last] += text;
    } else {
      out.push(text);
    }
  });
  return { lines: out, slices: chain.length };
}

function previousText(lines: readonly string[], index: number): string {
  for (let cursor = index - 1; cursor >= 0; cursor -= 1) if (lines[cursor] !== '') return lines[cursor]!;
  return '';
}
