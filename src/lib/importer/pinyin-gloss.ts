/**
 * Converters sometimes leave the reading after each character or word:
 * 講(jiǎng)話(huà), 工作(gōng zuò). A parenthesised group right after a Han
 * character made of one to four pinyin syllables is removed; without tone
 * marks it must be at least two letters. Anything else in brackets, such as
 * (GPS) or (2020), stays.
 */

const tone = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ';
const one = `(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?[aeiouv${tone}]{1,3}(?:ng|n|r)?[1-5]?`;
const syllable = new RegExp(`(?<=\\p{Script=Han})[(（](${one}(?: ${one}){0,3})[)）]`, 'gu');

export function stripPinyinGlosses(text: string): { text: string; removed: number } {
  let removed = 0;
  const result = text.replace(syllable, (match, reading: string) => {
    const hasTone = new RegExp(`[${tone}]|[1-5]$`).test(reading);
    if (!hasTone && reading.length < 2) return match;
    removed += 1;
    return '';
  });
  return { text: result, removed };
}
