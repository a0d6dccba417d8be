import { describe, expect, it } from 'vitest';
import { dateLineDate, parseDate, parseYear } from '../../../src/lib/importer/dates.ts';

describe('reading a date', () => {
  it.each([
    ['2014年3月5日', '2014-03-05'],
    ['2014 年 3 月 5 日', '2014-03-05'],
    ['二〇二一年一月十二日', '2021-01-12'],
    ['二〇二〇年十二月二十日', '2020-12-20'],
    ['二〇一四年三月三十一日', '2014-03-31'],
    ['二〇一九年十月一日', '2019-10-01'],
    ['2014-03-05', '2014-03-05'],
    ['2014/3/5', '2014-03-05'],
    ['2014.03.05', '2014-03-05'],
  ])('%s is %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it('finds a date inside a sentence', () => {
    expect(parseDate('全县教育工作会议于2019年11月26日在县城召开。')).toBe('2019-11-26');
  });

  it('rejects days the calendar does not have', () => {
    expect(parseDate('2020年2月30日')).toBeUndefined();
    expect(parseDate('2021年2月29日')).toBeUndefined();
    expect(parseDate('2019年13月1日')).toBeUndefined();
    // A leap day is a real day.
    expect(parseDate('2020年2月29日')).toBe('2020-02-29');
  });

  it('rejects years no report can carry and digits that only look like a date', () => {
    expect(parseDate('1948年1月1日')).toBeUndefined();
    expect(parseDate('编号12014-03-05')).toBeUndefined();
    expect(parseDate('20140305')).toBeUndefined();
  });

  it('needs the day as well as the month', () => {
    expect(parseDate('二〇一九年十一月')).toBeUndefined();
    expect(parseDate('2019年11月')).toBeUndefined();
  });
});

describe('reading a year', () => {
  it('takes the first year written in digits or in Chinese numerals', () => {
    expect(parseYear('清丰县教育局2020年工作总结')).toBe(2020);
    expect(parseYear('二〇二〇年工作要点')).toBe(2020);
    expect(parseYear('2019-2020学年第一学期')).toBe(2019);
  });

  it('ignores numbers that are not years', () => {
    expect(parseYear('全县共有教师3020人')).toBeUndefined();
    expect(parseYear('编号12020')).toBeUndefined();
    // Chinese numerals count as a year only when 年 follows.
    expect(parseYear('二〇二〇')).toBeUndefined();
  });
});

describe('lines that date the document', () => {
  it('reads a subtitle date, a bare date and a signature with the issuer', () => {
    expect(dateLineDate('（2014年3月5日）')).toBe('2014-03-05');
    expect(dateLineDate('二〇二一年一月十二日')).toBe('2021-01-12');
    expect(dateLineDate('清丰县教育局 2020年12月20日')).toBe('2020-12-20');
    expect(dateLineDate('  2020-11-26  ')).toBe('2020-11-26');
  });

  it('passes over a sentence that mentions a date', () => {
    expect(dateLineDate('2020年11月26日召开会议。')).toBeUndefined();
    expect(dateLineDate('2020年1月2日，')).toBeUndefined();
    expect(dateLineDate('用户8827：格式很规范，正好用得上。2024-02-05')).toBeUndefined();
  });

  it('passes over a date the calendar does not have', () => {
    expect(dateLineDate('2020年2月30日')).toBeUndefined();
  });

  it('allows twenty characters besides the date, and forty in all', () => {
    const twenty = '某'.repeat(20);
    expect(dateLineDate(`${twenty}2020年1月2日`)).toBe('2020-01-02');
    expect(dateLineDate(`${twenty}某2020年1月2日`)).toBeUndefined();
    // Spaces and brackets do not count as words, but they do count towards the length of the line.
    expect(dateLineDate(`清丰县教育局${' '.repeat(25)}2020年1月2日`)).toBe('2020-01-02');
    expect(dateLineDate(`清丰县教育局${' '.repeat(26)}2020年1月2日`)).toBeUndefined();
  });

  it('accepts the time of day after a numeric date', () => {
    expect(dateLineDate('2019-02-27 10:30:15')).toBe('2019-02-27');
  });

  it("reads the date of a speech from its subtitle, however long the meeting's name", () => {
    expect(dateLineDate('——2018年10月26日在涉县第十六届人民代表大会常务委员会第十二次会议上')).toBe('2018-10-26');
    expect(dateLineDate('——在2018年全县教育工作会议上的讲话')).toBeUndefined();
  });
});
