import { describe, expect, it } from 'vitest';
import { assessConfidence, lowConfidenceNotes } from '../../../src/lib/importer/confidence.ts';
import type { ReportFrontMatterInput } from '../../../src/lib/schema/report.ts';

const meta: ReportFrontMatterInput = {
  title: '清丰县教育局2020年工作总结',
  issuer: '清丰县教育局',
  year: 2020,
  type: 'summary',
  source: { name: '好文网' },
};
type Evidences = Parameters<typeof assessConfidence>[1];
const fromTitle: Evidences = { title: { sure: true }, type: 'title', year: 'title', region: 'unique' };

describe('how sure the importer is of each field', () => {
  it('is fully sure of fields read from a complete title', () => {
    expect(assessConfidence(meta, fromTitle)).toEqual({
      title: { score: 1, reason: '标题符合“单位＋年份＋文种”的写法' },
      type: { score: 1, reason: '标题里的文种词' },
      year: { score: 1, reason: '标题里的年份' },
      date: { score: 1, reason: '原文没有写日期' },
      region: { score: 1, reason: '地名与行政区划一致' },
      overall: 1,
    });
  });

  it('is less sure of a title that meets the grammar only just', () => {
    // 教育局工作总结 scores 7, short of the 9 a full title reaches.
    expect(assessConfidence({ ...meta, title: '教育局工作总结' }, fromTitle).title).toEqual({
      score: 0.85,
      reason: '标题符合“单位＋年份＋文种”的写法',
    });
  });

  it('doubts a best-guess title whatever it says', () => {
    expect(assessConfidence(meta, { ...fromTitle, title: { sure: false } }).title).toEqual({
      score: 0.3,
      reason: '没有找到符合“单位＋年份＋文种”写法的标题，这是最接近的一行',
    });
  });

  it('grades the type by where it was read', () => {
    const typeFrom = (type: Evidences['type']) => assessConfidence(meta, { ...fromTitle, type }).type;
    expect(typeFrom('text')).toEqual({ score: 0.6, reason: '标题没有文种词，按正文开头推定' });
    expect(typeFrom('none')).toEqual({ score: 0.3, reason: '标题和正文都看不出文种，填了 other' });
  });

  it('grades the year by where it was read, and tells a hidden year from a found one', () => {
    const yearFrom = (year: Evidences['year'], value: number | null) =>
      assessConfidence({ ...meta, year: value }, { ...fromTitle, year }).year;
    expect(yearFrom('title', null)).toEqual({ score: 1, reason: '标题隐去了年份' });
    expect(yearFrom('date', 2014)).toEqual({ score: 0.85, reason: '副标题或落款的日期' });
    expect(yearFrom('text', 2015)).toEqual({ score: 0.55, reason: '正文最先提到的年份' });
    expect(yearFrom('text', null)).toEqual({ score: 0.6, reason: '正文开头隐去了年份' });
    expect(yearFrom('none', null)).toEqual({ score: 0.4, reason: '原文没有写年份' });
  });

  it('is a little less sure of a date found than of no date', () => {
    expect(assessConfidence({ ...meta, date: '2020-12-20' }, fromTitle).date).toEqual({
      score: 0.9,
      reason: '副标题或落款的日期',
    });
  });

  it('grades the region by how the place matched the divisions', () => {
    const regionFrom = (region: Evidences['region']) => assessConfidence(meta, { ...fromTitle, region }).region;
    expect(regionFrom('placeholder')).toEqual({ score: 1, reason: '原文隐去了地名，照原样保留' });
    expect(regionFrom('ambiguous').score).toBe(0.5);
    expect(regionFrom('unknown')).toEqual({ score: 0.5, reason: '地名不在行政区划中，照原文填写' });
    expect(regionFrom('none')).toEqual({ score: 0.6, reason: '原文没有写出地名' });
  });

  it('is overall as sure as its least sure field', () => {
    expect(assessConfidence({ ...meta, date: '2020-12-20' }, { ...fromTitle, year: 'date' }).overall).toBe(0.85);
    expect(
      assessConfidence(meta, { title: { sure: true }, type: 'text', year: 'text', region: 'unknown' }).overall,
    ).toBe(0.5);
    expect(
      assessConfidence({ ...meta, year: null }, { title: { sure: false }, type: 'none', year: 'none', region: 'none' })
        .overall,
    ).toBe(0.3);
  });
});

describe('notes on the fields the text supports least', () => {
  it('lists the fields below 0.7, weakest first, with their reasons', () => {
    const confidence = assessConfidence(
      { ...meta, date: '2020-12-20' },
      { title: { sure: true }, type: 'text', year: 'text', region: 'unknown' },
    );
    expect(lowConfidenceNotes(confidence)).toEqual([
      '地区把握 0.50：地名不在行政区划中，照原文填写',
      '年份把握 0.55：正文最先提到的年份',
      '类型把握 0.60：标题没有文种词，按正文开头推定',
    ]);
  });

  it('keeps the order of the fields among equal scores', () => {
    const confidence = assessConfidence(
      { ...meta, year: null },
      { title: { sure: false }, type: 'none', year: 'none', region: 'none' },
    );
    expect(lowConfidenceNotes(confidence)).toEqual([
      '标题把握 0.30：没有找到符合“单位＋年份＋文种”写法的标题，这是最接近的一行',
      '类型把握 0.30：标题和正文都看不出文种，填了 other',
      '年份把握 0.40：原文没有写年份',
      '地区把握 0.60：原文没有写出地名',
    ]);
  });

  it('is empty when every field is at 0.7 or above', () => {
    expect(
      lowConfidenceNotes(assessConfidence({ ...meta, date: '2020-12-20' }, { ...fromTitle, year: 'date' })),
    ).toEqual([]);
  });
});
