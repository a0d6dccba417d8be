import { flagAlnumAfter, flagAlnumBefore, isAlphanumeric } from '../format.ts';
import type { TermTable } from './term-table.ts';

const newline = 10;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000;
}

/** Whether a letter or digit touches the n characters at `index`, before and after. */
function edgeFlags(text: string, index: number, n: number): number {
  let flags = 0;
  if (index > 0 && isAlphanumeric(text.charCodeAt(index - 1))) flags |= flagAlnumBefore;
  if (index + n < text.length && isAlphanumeric(text.charCodeAt(index + n))) flags |= flagAlnumAfter;
  return flags;
}

/**
 * Lists the terms of folded texts (text i is section i) in the table: every
 * word, every character but spaces, every pair and triple of characters within
 * a line. `keep` says which terms' occurrences to record in this pass; every
 * term gets an id whatever it says, so ids are the same in every pass.
 */
export function tokenizeTexts(texts: readonly string[], table: TermTable, keep: (id: number) => boolean): void {
  /** Last section each character was listed for: most characters repeat within a section. */
  const unigramSeen = new Int32Array(65536).fill(-1);
  /** Two letters or digits are never looked up as a bigram (such terms are words), nor two spaces. */
  const bigramId = (a: number, b: number, alnumA: boolean): number =>
    (alnumA && isAlphanumeric(b)) || (isSpace(a) && isSpace(b)) ? -1 : table.bigram(a, b);

  texts.forEach((text, section) => {
    const length = text.length;
    let wordStart = -1;
    for (let index = 0; index <= length; index += 1) {
      const a = index < length ? text.charCodeAt(index) : -1;
      const alnum = isAlphanumeric(a);
      if (alnum && wordStart < 0) wordStart = index;
      if (!alnum && wordStart >= 0) {
        const id = table.word(text.slice(wordStart, index));
        if (keep(id)) table.addOnce(id, section);
        wordStart = -1;
      }
      if (index === length || a === newline) continue;
      if (!alnum && !isSpace(a) && unigramSeen[a] !== section) {
        unigramSeen[a] = section;
        const id = table.unigram(a);
        if (keep(id)) table.addOnce(id, section);
      }
      const b = index + 1 < length ? text.charCodeAt(index + 1) : newline;
      if (b === newline) continue;
      const c = index + 2 < length ? text.charCodeAt(index + 2) : newline;
      let bigram: number;
      let trigram = -1;
      if (c === newline) {
        bigram = bigramId(a, b, alnum);
      } else {
        // The bigram starting here is the trigram's prefix: one lookup serves both.
        trigram = table.trigram(a, b, c);
        bigram = table.prefix.data[trigram]!;
        if (bigram === -2) {
          bigram = bigramId(a, b, alnum);
          table.prefix.data[trigram] = bigram;
        }
      }
      if (bigram >= 0 && keep(bigram)) {
        if (alnum || isAlphanumeric(b)) {
          const before = index > 0 && isAlphanumeric(text.charCodeAt(index - 1)) ? flagAlnumBefore : 0;
          table.add(bigram, section, index * 4 + before + (isAlphanumeric(c) ? flagAlnumAfter : 0));
        } else {
          table.addOnce(bigram, section);
        }
      }
      if (trigram >= 0 && keep(trigram)) table.add(trigram, section, index * 4 + edgeFlags(text, index, 3));
    }
  });
}
