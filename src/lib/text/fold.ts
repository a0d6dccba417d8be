import { foldPairs } from './fold-table.ts';

/**
 * Folding maps text to a canonical form so that the same words match in either
 * script: Traditional characters (Taiwan and Hong Kong variants included) become
 * Simplified, full-width Latin letters and digits become ASCII, and Latin letters
 * become lowercase.
 *
 * The mapping is character by character and never changes a string's length,
 * so an offset found in folded text is the same offset in the original. That is
 * what lets search highlight the original text in its original script. Phrase
 * conversions (資訊 → 信息) are deliberately left out: they would change lengths
 * and make a query match text that does not contain it.
 */

const table = buildTable();

function buildTable(): Uint16Array {
  const map = new Uint16Array(0x10000);
  for (let code = 0; code < map.length; code += 1) map[code] = code;
  for (let index = 0; index < foldPairs.length; index += 2)
    map[foldPairs.charCodeAt(index)] = foldPairs.charCodeAt(index + 1);
  for (let code = 0xff01; code <= 0xff5e; code += 1) map[code] = code - 0xfee0;
  for (let code = 0x41; code <= 0x5a; code += 1) map[code] = code + 0x20;
  for (let code = 0xff21; code <= 0xff3a; code += 1) map[code] = code - 0xfee0 + 0x20;
  map[0x3000] = 0x20;
  return map;
}

export function foldText(text: string): string {
  let out = '';
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const mapped = table[code] ?? code;
    if (mapped !== code) {
      out += text.slice(start, index) + String.fromCharCode(mapped);
      start = index + 1;
    }
  }
  return start === 0 ? text : out + text.slice(start);
}

export function foldChar(code: number): number {
  return code < 0x10000 ? (table[code] ?? code) : code;
}

/**
 * Folds only the Chinese characters (Traditional to Simplified), leaving
 * punctuation, Latin letters and spaces as written. Same length as the input,
 * like foldText, for patterns written with full-width signs.
 */
export function foldHanText(text: string): string {
  let out = '';
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x2e80 || code === 0x3000 || (code >= 0xff01 && code <= 0xff5e)) continue;
    const mapped = table[code] ?? code;
    if (mapped !== code) {
      out += text.slice(start, index) + String.fromCharCode(mapped);
      start = index + 1;
    }
  }
  return start === 0 ? text : out + text.slice(start);
}
