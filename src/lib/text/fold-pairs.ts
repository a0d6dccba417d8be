import tsCharacters from 'opencc-js/dict/TSCharacters';
import twVariantsRev from 'opencc-js/dict/TWVariantsRev';
import hkVariantsRev from 'opencc-js/dict/HKVariantsRev';
import compatibilityIdeographs from 'opencc-js/dict/CJK_Compatibility_Ideographs';

function* pairsOf(dict: string): Generator<[string, string]> {
  for (const entry of dict.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to) yield [from, to];
  }
}

/**
 * Derives the character folding from OpenCC's dictionaries: every Traditional
 * character (Taiwan and Hong Kong variants and compatibility ideographs
 * included) that maps to one Simplified character, as a string of pairs
 * (source, target, source, target …) sorted by source. Run at development time
 * by `npm run generate:fold`, which writes fold-table.ts: the browser then
 * ships a small table instead of the dictionaries and the work of reading them.
 */
export function deriveFoldPairs(): string {
  const simplified = new Map(pairsOf(tsCharacters));
  // 么 is a Taiwan variant of 幺 but also the Simplified form of 麼: Simplified forms stay as they are.
  const simplifiedForms = new Set(simplified.values());
  const variants = new Map<string, string>();
  for (const dict of [compatibilityIdeographs, twVariantsRev, hkVariantsRev]) {
    for (const [from, to] of pairsOf(dict)) if (!simplifiedForms.has(from)) variants.set(from, to);
  }
  const pairs: [string, string][] = [];
  for (const source of new Set([...variants.keys(), ...simplified.keys()])) {
    const standard = variants.get(source) ?? source;
    const target = simplified.get(standard) ?? standard;
    if (source.length === 1 && target.length === 1 && source !== target) pairs.push([source, target]);
  }
  return pairs
    .sort(([a], [b]) => a.charCodeAt(0) - b.charCodeAt(0))
    .map(([source, target]) => source + target)
    .join('');
}
