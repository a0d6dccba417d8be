import { pinyin } from 'pinyin-pro';

/**
 * Lowercase ASCII for a Chinese name, for use in URLs and file names:
 * 靖遠縣 → jingyuanxian. Latin letters and digits are kept; ü is written v.
 */
export function pinyinSlug(text: string, separator = ''): string {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  return syllables
    .map((syllable) => syllable.toLowerCase().replace(/[^a-z0-9]+/g, ''))
    .filter(Boolean)
    .join(separator);
}

const regionSuffix = /(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|省|市|地区|盟)$/;

/** 河南省 → henan, 广西壮族自治区 → guangxi; names that are only a suffix keep it. */
export function regionSlug(name: string): string {
  const stem = name.replace(regionSuffix, '');
  return pinyinSlug(stem || name) || 'region';
}
