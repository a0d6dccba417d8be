import { divisionsByShortName, divisionsNamed, type Division } from '../places/divisions.ts';
import { foldText } from '../text/fold.ts';

/** A place as a text writes it, with the official divisions that bear the name. */
export interface PlaceName {
  /** As written (xx市, 會寧縣, 清丰). */
  text: string;
  /** Official divisions of that name; several for 朝阳区, none for a placeholder. */
  divisions: readonly Division[];
  placeholder: boolean;
  /** The level the name's ending gives: 省, 市, 区, 县 … */
  suffix: string;
}

const suffixes = '省市县区旗州盟';
const placeholder = /[xX×*＊]{1,4}(?:省|市|县|区|旗|自治区|自治州|自治县)$/u;

/** Placeholders (xx市, ××县) are names a text chose to hide: they stay as written. */
export function isPlaceholder(name: string): boolean {
  return /[xX×*＊]/.test(name);
}

/**
 * The place named right before `end` in a text (the start of 教育局 in
 * 清丰县教育局): the longest official division name that ends there, a
 * placeholder, or a short name (清丰 for 清丰县) when nothing longer fits.
 * Names are compared in Simplified script, so 會寧縣 is 会宁县.
 */
export function placeEndingAt(text: string, end: number): PlaceName | undefined {
  const folded = foldText(text);
  for (let length = Math.min(end, 10); length >= 2; length -= 1) {
    const name = folded.slice(end - length, end);
    if (/\s/.test(name)) continue;
    // 县政府和县教育局: a two-character name that opens with a joining word after another word is that word, not 和县.
    if (joiningWord(folded, end - length, name)) continue;
    const divisions = divisionsNamed(name);
    if (divisions.length > 0)
      return { text: text.slice(end - length, end), divisions, placeholder: false, suffix: name.at(-1)! };
  }
  const hidden = placeholder.exec(folded.slice(Math.max(0, end - 8), end));
  if (hidden)
    return {
      text: text.slice(end - hidden[0].length, end),
      divisions: [],
      placeholder: true,
      suffix: hidden[0].at(-1)!,
    };
  for (let length = Math.min(end, 4); length >= 2; length -= 1) {
    const name = folded.slice(end - length, end);
    // 郑州, 津市 are short names too, but 全市, 我县 are the text speaking of itself.
    if (!/^\p{Script=Han}+$/u.test(name) || '全我本该各市县区'.includes(name[0]!)) continue;
    const divisions = divisionsByShortName(name);
    if (divisions.length > 0) return { text: text.slice(end - length, end), divisions, placeholder: false, suffix: '' };
  }
  return unknownPlaceEndingAt(text, folded, end);
}

/**
 * 县政府和县教育局: a two-character name that opens with a joining word right
 * after another word is that word and a level, not 和县; after a place
 * (马鞍山市和县) it is the county.
 */
function joiningWord(folded: string, start: number, name: string): boolean {
  const before = folded[start - 1] ?? '';
  return (
    name.length === 2 && '和与及或'.includes(name[0]!) && /\p{Script=Han}/u.test(before) && !suffixes.includes(before)
  );
}

/** Characters that belong to the words around a name, never to the name: 我县, 全市, 获成都市. */
const notInNames = new Set(
  '的了在和与及对向为代表各全本该其此我你他她它们由从把被将给于以之请是有到要就而也并或等按经共第每兼跨上下中会后前里外内年月日度期届次',
);
/** Words ending like places that are not places. */
const notPlaces = new Set([
  '城市',
  '城区',
  '社区',
  '片区',
  '辖区',
  '景区',
  '园区',
  '地区',
  '校区',
  '山区',
  '灾区',
  '牧区',
  '库区',
  '新区',
  '老区',
  '市区',
  '县区',
  '郊区',
  '县市',
  '都市',
  '超市',
]);

/**
 * A name the official divisions do not hold (a county since renamed, such as
 * 崇文区, or a misprint): two to four name characters before 县, 区, 市 or 旗.
 * It is kept as written, and check warns that it is not a known division.
 */
function unknownPlaceEndingAt(text: string, folded: string, end: number): PlaceName | undefined {
  const suffix = folded[end - 1];
  if (!suffix || !'县区市旗'.includes(suffix)) return undefined;
  let start = end - 1;
  while (
    start > 0 &&
    end - 1 - start < 4 &&
    /\p{Script=Han}/u.test(folded[start - 1]!) &&
    !notInNames.has(folded[start - 1]!) &&
    !suffixes.includes(folded[start - 1]!)
  )
    start -= 1;
  const name = folded.slice(start, end);
  if (name.length < 3 || notPlaces.has(name.slice(-2))) return undefined;
  // The name must stand on its own: after the start, punctuation or a preposition such as 在; 中学转发市 is not a place.
  const before = folded[start - 1];
  if (before !== undefined && /\p{Script=Han}/u.test(before) && !'在由对向和与及的经将把从据'.includes(before))
    return undefined;
  return { text: text.slice(start, end), divisions: [], placeholder: false, suffix };
}

/**
 * A chain of places ending at `end`: 天津市和平区 or xx市xx区, outermost
 * first. The issuer keeps the whole chain as written; the region comes from
 * its most precise member.
 */
export function placeChainEndingAt(text: string, end: number): PlaceName[] {
  const chain: PlaceName[] = [];
  let cursor = end;
  for (let place = placeEndingAt(text, cursor); place && chain.length < 3; place = placeEndingAt(text, cursor)) {
    chain.unshift(place);
    cursor -= place.text.length;
    if (place.suffix === '') break;
  }
  return chain;
}

/** Official divisions the text names, with how often: the context that settles which 朝阳区 is meant. */
export function mentionedDivisions(text: string): Map<string, number> {
  const folded = foldText(text);
  const counts = new Map<string, number>();
  for (let index = 0; index < folded.length; index += 1) {
    if (!suffixes.includes(folded[index]!)) continue;
    for (let length = Math.min(index + 1, 10); length >= 2; length -= 1) {
      const name = folded.slice(index + 1 - length, index + 1);
      if (
        !/^\p{Script=Han}+$/u.test(name) ||
        joiningWord(folded, index + 1 - length, name) ||
        divisionsNamed(name).length === 0
      )
        continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
      break;
    }
  }
  return counts;
}
