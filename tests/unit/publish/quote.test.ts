import { describe, expect, it } from 'vitest';
import { quoteCitation, quoteLink, quoteOf, wordBreaksIn } from '../../../src/lib/publish/quote.ts';

const breaks = wordBreaksIn('zh');
const paragraph = '全年招聘新教师56名，组织暑期全员培训，师德师风专题教育覆盖全体教师。';

/** The selection of `paragraph` from `start` to `end`, as the page hands it over. */
function select(text: string, start: number, end: number) {
  return { before: text.slice(0, start), selected: text.slice(start, end), after: text.slice(end) };
}

const decode = (directive: string) => directive.split(',').map(decodeURIComponent);

describe('quoting a selection', () => {
  it('widens a selection that cuts words to the whole words, and names them with the words around', () => {
    // "聘新教" cuts 招聘 and 教师 in two.
    const start = paragraph.indexOf('聘新教');
    const quote = quoteOf(select(paragraph, start, start + 3), breaks);
    expect(quote.text).toBe('招聘新教师');
    expect(decode(quote.directive!)).toEqual(['text=全年-', '招聘新教师', '-56名，组织暑期']);
  });

  it('keeps a selection of whole words as it is', () => {
    const start = paragraph.indexOf('组织暑期');
    const quote = quoteOf(select(paragraph, start, start + 4), breaks);
    expect(quote.text).toBe('组织暑期');
    expect(decode(quote.directive!)).toEqual(['text=新教师56名，-', '组织暑期', '-全员培训，师德师']);
  });

  it('names a long quote by its first and last words, each at most 20 characters', () => {
    const text = `${paragraph}${paragraph}`;
    const quote = quoteOf(select(text, 0, text.length), breaks);
    expect(quote.text).toBe(text);
    const [start, end] = decode(quote.directive!);
    expect(start).toBe('text=全年招聘新教师56名，组织暑期全员培训，');
    expect(end).toBe('全员培训，师德师风专题教育覆盖全体教师。');
    expect(start!.length - 'text='.length).toBeLessThanOrEqual(20);
  });

  it('keeps paragraphs apart, and names the first words of the first and the last words of the last', () => {
    const quote = quoteOf(
      { before: '', selected: `${paragraph}\n\n  开展师德师风专项整治，签订承诺书1200份。\n`, after: '' },
      breaks,
    );
    expect(quote.text).toBe(`${paragraph}\n开展师德师风专项整治，签订承诺书1200份。`);
    expect(decode(quote.directive!)).toEqual([
      'text=全年招聘新教师56名，组织暑期全员培训，',
      '师德师风专项整治，签订承诺书1200份。',
    ]);
  });

  it('encodes the characters a text directive reserves', () => {
    const text = 'COVID-19防控, 家校共育&协同';
    const quote = quoteOf({ before: '', selected: text, after: '' }, breaks);
    expect(quote.directive).not.toMatch(/[^=,]-[^,]|,(?!%|-)|&/);
    expect(decode(quote.directive!)).toEqual([`text=${text}`]);
  });

  it('has nothing to quote in a selection of white space', () => {
    const quote = quoteOf({ before: '前', selected: ' \n ', after: '后' }, breaks);
    expect(quote).toEqual({ text: '', directive: undefined });
    expect(quoteLink('https://example.org/reports/a/#s-1', quote)).toBe('https://example.org/reports/a/#s-1');
  });
});

describe('the quote as it is copied', () => {
  it('links the section with the directive and names the archived file', () => {
    const quote = quoteOf(select(paragraph, 0, 4), breaks);
    const link = quoteLink('https://example.org/reports/a/#teachers', quote);
    expect(link).toBe(`https://example.org/reports/a/#teachers:~:${quote.directive}`);
    expect(
      quoteCitation(
        quote,
        '东山县教育局. 东山县教育局2021年工作总结[EB/OL]. (2021-12-20)[引用日期].',
        link,
        'ab12',
      ).split('\n'),
    ).toEqual([
      '“全年招聘”',
      '东山县教育局. 东山县教育局2021年工作总结[EB/OL]. (2021-12-20)[引用日期].',
      `引文链接：${link}`,
      '存档文件 SHA-256：ab12',
    ]);
  });
});
