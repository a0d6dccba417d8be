import { describe, expect, it } from 'vitest';
import { fingerprintReportFile, fingerprintSections } from '../../../src/lib/archive/fingerprint.ts';
import { createMarkdown } from '../../../src/lib/markdown/renderer.ts';

const md = createMarkdown();
const file = (front: string, body: string) => `---\n${front}\n---\n\n${body}\n`;

describe('the fingerprint of a report', () => {
  it('is a SHA-256 in hex', () => {
    expect(fingerprintSections([{ heading: null, text: '正文。' }])).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores whitespace, so rewrapped text is the same report', () => {
    expect(fingerprintSections([{ heading: '一、工作', text: '全县 教师\n培训。' }])).toBe(
      fingerprintSections([{ heading: '一、 工作', text: '全县教师培训。' }]),
    );
  });

  it('changes with a word of the text or of a heading', () => {
    const base = fingerprintSections([{ heading: '一、工作', text: '全县教师培训。' }]);
    expect(fingerprintSections([{ heading: '一、工作', text: '全县校长培训。' }])).not.toBe(base);
    expect(fingerprintSections([{ heading: '二、工作', text: '全县教师培训。' }])).not.toBe(base);
  });

  it('of a file ignores its front matter, markup and line breaks', () => {
    const a = file('title: 甲\nyear: 2020', '导语。\n\n## 一、工作 {#work}\n\n全县**教师**培训。');
    const b = file('title: 乙\nyear: 2021\nsource: { name: 某网 }', '导语。\n\n## 一、工作\n\n全县教师\n培训。');
    expect(fingerprintReportFile(md, a)).toBe(fingerprintReportFile(md, b));
    expect(fingerprintReportFile(md, a.replace(/\n/g, '\r\n'))).toBe(fingerprintReportFile(md, a));
  });

  it('of a file is the fingerprint of its sections', () => {
    const text = file('title: 甲', '导语。\n\n## 一、工作\n\n全县教师培训。');
    expect(fingerprintReportFile(md, text)).toBe(
      fingerprintSections([
        { heading: null, text: '导语。' },
        { heading: '一、工作', text: '全县教师培训。' },
      ]),
    );
  });

  it('of a file without front matter still covers its text', () => {
    expect(fingerprintReportFile(md, '全县教师培训。')).toBe(
      fingerprintSections([{ heading: null, text: '全县教师培训。' }]),
    );
  });
});
