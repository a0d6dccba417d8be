import { describe, expect, it } from 'vitest';
import { importCatalogue } from '../../../src/lib/importer/catalogue.ts';
import { lineKind, lineWeight } from '../../../src/lib/importer/line-kinds.ts';

const catalogue = importCatalogue();
const kind = (text: string) => lineKind(text, catalogue);
const clause = '全县教育系统稳步推进各项工作，';

describe('what a line looks like', () => {
  it('takes fifteen Han characters with sentence punctuation for prose', () => {
    expect(kind('全县教育系统稳步推进各项工作，取得')).toBe('prose');
    expect(kind('一年来，全县教育系统认真贯彻落实上级决策部署，各项工作取得明显成效。')).toBe('prose');
  });

  it('does not take text without punctuation, or mostly Latin text, for prose', () => {
    expect(kind('全县教育系统稳步推进各项工作取得明显成效群众满意')).toBe('short');
    expect(kind('We held 12 meetings in 2020, covering all 35 schools 全县教育系统稳步推进各项工作，取得成效')).toBe(
      'short',
    );
    // Fourteen Han characters are too few.
    expect(kind('全县教育系统稳步推进各项工作，')).toBe('short');
  });

  it('takes a numbered line of up to sixty characters for a heading, a longer one for prose', () => {
    expect(kind('一、主要工作及成效')).toBe('heading');
    expect(kind('（一）加强师资队伍建设')).toBe('heading');
    expect(kind('1.强化师资队伍建设')).toBe('heading');
    expect(kind(`一、${clause.repeat(3)}`)).toBe('heading');
    expect(kind(`一、${clause.repeat(4)}`)).toBe('prose');
  });

  it('takes the title of another page for a link', () => {
    expect(kind('班主任工作计划（通用5篇）')).toBe('link');
    expect(kind('学校工作总结 2')).toBe('link');
    expect(kind('小学德育工作总结范文_3')).toBe('link');
    expect(kind('教育局工作总结汇总')).toBe('link');
  });

  it('takes a line with two chrome words for a link', () => {
    expect(kind('更多范文 免费下载')).toBe('link');
  });

  it('does not take a subtitle, a bracketed date or a line ending in a colon for a link', () => {
    expect(kind('——在全县教育工作会议上的讲话')).toBe('short');
    expect(kind('（2021年2月5日）')).toBe('short');
    expect(kind('全县教育工作总结：')).toBe('short');
  });

  it('takes greetings, signatures and slogans for short lines', () => {
    for (const text of ['同志们：', '清丰县教育局', '2020年12月20日', '凝心聚力 办好人民满意的教育'])
      expect(kind(text)).toBe('short');
  });
});

describe('how much a line weighs', () => {
  it('weighs prose by its Han characters, up to 400', () => {
    expect(lineWeight('prose', '全县教育系统稳步推进各项工作，取得成效')).toBe(18);
    expect(lineWeight('prose', '教'.repeat(500))).toBe(400);
  });

  it('gives headings a little, links and chrome a lot against', () => {
    expect(lineWeight('heading', '一、主要工作及成效')).toBe(6);
    expect(lineWeight('link', '学校工作总结范文')).toBe(-12);
    expect(lineWeight('chrome', '当前位置：首页')).toBe(-15);
  });

  it('lets a short line that ends in a colon or full stop count for the body, and no other', () => {
    expect(lineWeight('short', '同志们：')).toBe(2);
    expect(lineWeight('short', '谢谢大家！')).toBe(2);
    expect(lineWeight('short', '此致。')).toBe(2);
    expect(lineWeight('short', '清丰县教育局')).toBe(-3);
    expect(lineWeight('short', '——在全县教育工作会议上的讲话')).toBe(-3);
  });
});
