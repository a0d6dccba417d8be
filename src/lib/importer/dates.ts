import { isCalendarDate } from '../schema/report.ts';

const digits: Record<string, number> = {
  〇: 0,
  零: 0,
  '○': 0,
  Ｏ: 0,
  O: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 二〇二〇 → 2020 (digit by digit); 十二 → 12, 二十 → 20, 二十一 → 21 (as counted). */
function chineseNumber(text: string, positional: boolean): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (positional) {
    const values = Array.from(text).map((char) => digits[char]);
    return values.every((value) => value !== undefined) ? Number(values.join('')) : undefined;
  }
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === '') return undefined;
  const tens = match[2] ? (match[1] ? digits[match[1]]! : 1) : 0;
  const ones = match[3] ? digits[match[3]]! : match[2] ? 0 : match[1] ? digits[match[1]]! : 0;
  return tens * 10 + ones;
}

const number = '\\d{1,4}|[〇零○Ｏ一二三四五六七八九十]{1,4}';
const fullDate = new RegExp(`(${number})\\s*年\\s*(${number})\\s*月\\s*(${number})\\s*日`, 'u');
const numericDate = /(?<!\d)((?:19|20)\d{2})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})(?!\d)/;

/** The first full date in a text (2014年3月5日, 二〇一四年三月五日, 2014-03-05) as YYYY-MM-DD, if it is a real day. */
export function parseDate(text: string): string | undefined {
  const written = fullDate.exec(text);
  const match = written ?? numericDate.exec(text);
  if (!match) return undefined;
  const year = chineseNumber(match[1]!, true);
  const month = chineseNumber(match[2]!, false);
  const day = chineseNumber(match[3]!, false);
  if (year === undefined || month === undefined || day === undefined || year < 1949 || year > 2100) return undefined;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : undefined;
}

/** A year written in Chinese numerals (二〇二〇年) or digits (2020年), the first in the text. */
export function parseYear(text: string): number | undefined {
  const match =
    /(?<!\d)((?:19|20)\d{2})(?!\d)|(一九[一二三四五六七八九〇零○]{2}|二[〇零○][一二三四五六七八九〇零○]{2})(?=\s*年)/.exec(
      text,
    );
  if (!match) return undefined;
  return match[1] ? Number(match[1]) : chineseNumber(match[2]!, true);
}

/**
 * A line that carries the document's date and little else: a subtitle
 * （2014年3月5日 or ——2014年3月5日在…上）, a signature date, or a signature with
 * the issuer before the date. Long lines are sentences that merely mention a date.
 */
export function dateLineDate(line: string): string | undefined {
  const trimmed = line.trim();
  // A speech's subtitle dates it however long the meeting's name (——2018年10月26日在…第十二次会议上).
  if (/^[—–-]{1,2}\s*[^—–-]/.test(trimmed) && Array.from(trimmed).length <= 80 && /在.{2,60}上/.test(trimmed))
    return parseDate(trimmed);
  if (Array.from(trimmed).length > 40) return undefined;
  const date = parseDate(trimmed);
  if (!date) return undefined;
  const rest = trimmed
    .replace(fullDate, '')
    .replace(numericDate, '')
    .replace(/[\s（）()〔〕[\]【】—–\-:：,，。]/g, '');
  // A page's own timestamp (发布时间：2019-02-27 10:30:15) carries a label; a document's date stands bare.
  return Array.from(rest).length <= 20 && !/[。；：:，,！？]/.test(trimmed.replace(/\d{1,2}:\d{2}(?::\d{2})?/g, ''))
    ? date
    : undefined;
}
