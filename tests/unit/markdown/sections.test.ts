import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../../src/lib/markdown/renderer.ts';
import { findImages, plainText, splitSections } from '../../../src/lib/markdown/sections.ts';

const md = createMarkdown();
const body = [
  '导语第一段。',
  '',
  '## 一、第一节 {teachers}',
  '',
  '正文一。',
  '',
  '### （一）小标题',
  '',
  '正文二，',
  '接着写。',
  '',
  '## 二、第二节',
  '',
  '![示意图](chart.png) 图后文字',
].join('\n');

describe('splitting a body into sections', () => {
  const sections = splitSections(md, md.parse(body, {}), {});

  it('makes the text before the first ## heading the preamble', () => {
    expect(sections).toHaveLength(3);
    expect(sections[0]!.heading).toBeNull();
    expect(plainText(sections[0]!.tokens)).toBe('导语第一段。');
  });

  it('starts a section at every ## heading and keeps deeper headings inside', () => {
    expect(sections[1]!.heading).toBe('一、第一节');
    expect(sections[1]!.attributes).toEqual({ topics: ['teachers'] });
    expect(plainText(sections[1]!.tokens)).toBe('正文一。\n（一）小标题\n正文二，接着写。');
    expect(sections[2]!.heading).toBe('二、第二节');
  });

  it('records the heading lines (0-based within the body)', () => {
    expect(sections.map((section) => section.line)).toEqual([0, 2, 11]);
  });

  it('includes image descriptions in the text and lists the images', () => {
    expect(plainText(sections[2]!.tokens)).toBe('示意图 图后文字');
    expect(findImages(sections[2]!.tokens)).toEqual([{ src: 'chart.png', alt: '示意图', line: 13 }]);
  });

  it('gives a body without headings a single preamble', () => {
    const only = splitSections(md, md.parse('同志们：\n\n今天开会。', {}), {});
    expect(only).toHaveLength(1);
    expect(only[0]!.heading).toBeNull();
  });
});
