import tsCharacters from 'opencc-js/dict/TSCharacters';
import twVariantsRev from 'opencc-js/dict/TWVariantsRev';
import hkVariantsRev from 'opencc-js/dict/HKVariantsRev';
import compatibilityIdeographs from 'opencc-js/dict/CJK_Compatibility_Ideographs';

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

  const simplified = new Map(pairsOf(tsCharacters));
  // 么 is a Taiwan variant of 幺 but also the Simplified form of 麼: Simplified forms stay as they are.
  const simplifiedForms = new Set(simplified.values());
  const variants = new Map<string, string>();
  for (const dict of [compatibilityIdeographs, twVariantsRev, hkVariantsRev]) {
    for (const [from, to] of pairsOf(dict)) if (!simplifiedForms.has(from)) variants.set(from, to);
  }

  const sources = new Set([...variants.keys(), ...simplified.keys()]);
  for (const source of sources) {
    const standard = variants.get(source) ?? source;
    const target = simplified.get(standard) ?? standard;
    if (source.length === 1 && target.length === 1) map[source.charCodeAt(0)] = target.charCodeAt(0);
  }

  for (let code = 0xff01; code <= 0xff5e; code += 1) map[code] = code - 0xfee0;
  for (let code = 0x41; code <= 0x5a; code += 1) map[code] = code + 0x20;
  for (let code = 0xff21; code <= 0xff3a; code += 1) map[code] = code - 0xfee0 + 0x20;
  map[0x3000] = 0x20;
  return map;
}

function* pairsOf(dict: string): Generator<[string, string]> {
  for (const entry of dict.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to) yield [from, to];
  }
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
