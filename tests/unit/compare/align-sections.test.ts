import { describe, expect, it } from 'vitest';
import { type AlignedSection, alignSections } from '../../../src/lib/compare/align-sections.ts';

const section = (heading: string | null, ...topics: string[]): AlignedSection => ({ heading, topics });

describe('aligning two reports’ sections', () => {
  it('pairs the sections that share topics, in both reports’ order, and gives the rest rows of their own', () => {
    const plan = [
      section(null, 'general'),
      section('一、推进教育信息化', 'ict'),
      section('二、建设高素质教师队伍', 'teachers'),
      section('三、改善办学条件', 'facilities'),
      section('四、守住校园安全底线', 'safety'),
    ];
    const summary = [
      section(null, 'finance'),
      section('一、教师队伍建设持续加强', 'teachers'),
      section('二、办学条件明显改善', 'facilities', 'finance'),
      section('三、存在问题和下一步打算', 'general'),
    ];
    expect(alignSections(plan, summary)).toEqual([
      { a: 0, b: 0, shared: [] },
      { a: 1, b: null, shared: [] },
      { a: 2, b: 1, shared: ['teachers'] },
      { a: 3, b: 2, shared: ['facilities'] },
      { a: 4, b: null, shared: [] },
      { a: null, b: 3, shared: [] },
    ]);
  });

  it('chooses by heading among sections of the same topics', () => {
    const rows = alignSections(
      [section('一、学前教育普惠发展', 'preschool', 'equity')],
      [section('一、义务教育均衡发展', 'preschool', 'equity'), section('二、学前教育普惠扩容', 'preschool', 'equity')],
    );
    expect(rows).toEqual([
      { a: null, b: 0, shared: [] },
      { a: 0, b: 1, shared: ['preschool', 'equity'] },
    ]);
  });

  it('pairs headings that say the same thing even when the tagger gave them different topics', () => {
    const rows = alignSections([section('三、存在的问题', 'general')], [section('（三）存在的问题', 'teachers')]);
    expect(rows).toEqual([{ a: 0, b: 0, shared: [] }]);
  });

  it('reads past numbering, but not past numerals that are words', () => {
    const numbered = alignSections(
      [section('（一）加强师德建设', 'moral')],
      [section('第一部分 加强师德建设', 'teachers')],
    );
    expect(numbered).toEqual([{ a: 0, b: 0, shared: [] }]);
    // 十四五 is part of what the heading says: 十四五规划 is not merely 规划.
    expect(alignSections([section('十四五规划', 'plans')], [section('二、规划', 'other')])).toHaveLength(2);
  });

  it('never pairs a preamble with a headed section, nor sections with nothing in common', () => {
    expect(alignSections([section(null, 'ict')], [section('一、教育信息化', 'ict')])).toEqual([
      { a: 0, b: null, shared: [] },
      { a: null, b: 0, shared: [] },
    ]);
    expect(alignSections([section('一、德育', 'moral')], [section('二、体育', 'sports')])).toHaveLength(2);
  });

  it('keeps order: a pair that would cross another is split into one-sided rows', () => {
    const rows = alignSections(
      [section('甲', 'ict'), section('乙', 'safety')],
      [section('丙', 'safety'), section('丁', 'ict')],
    );
    expect(rows.filter((row) => row.a !== null && row.b !== null)).toHaveLength(1);
    expect(rows).toHaveLength(3);
    const aOrder = rows.flatMap((row) => (row.a === null ? [] : [row.a]));
    const bOrder = rows.flatMap((row) => (row.b === null ? [] : [row.b]));
    expect(aOrder).toEqual([0, 1]);
    expect(bOrder).toEqual([0, 1]);
  });

  it('handles empty reports', () => {
    expect(alignSections([], [])).toEqual([]);
    expect(alignSections([section(null)], [])).toEqual([{ a: 0, b: null, shared: [] }]);
    expect(alignSections([], [section('一、安全', 'safety')])).toEqual([{ a: null, b: 0, shared: [] }]);
  });
});
