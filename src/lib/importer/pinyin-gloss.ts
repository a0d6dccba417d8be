/**
 * Converters sometimes leave the reading after each character: 講(jiǎng)話(huà).
 * A parenthesised group right after a Han character that is a single pinyin
 * syllable (with or without tone marks) is removed. Anything else in brackets,
 * such as (GPS) or (2020), stays.
 */

const tone = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ';
const syllable = new RegExp(
  `(?<=\\p{Script=Han})[(（]((?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?[aeiouv${tone}]{1,3}(?:ng|n|r)?[1-5]?)[)）]`,
  'gu',
);

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
