import { describe, expect, it } from 'vitest';
import { assignAnchors, deriveAnchor, stripNumbering } from '../../../src/lib/markdown/anchors.ts';

describe('section anchors', () => {
  it('strips the numbering in all its usual forms', () => {
    expect(stripNumbering('一、改善教育外部环境')).toBe('改善教育外部环境');
    expect(stripNumbering('（三）聚焦保障有力')).toBe('聚焦保障有力');
    expect(stripNumbering('(一)聚焦黨的領導')).toBe('聚焦黨的領導');
    expect(stripNumbering('12.著力推进资讯化建设')).toBe('著力推进资讯化建设');
    expect(stripNumbering('第一，始终把这次评估')).toBe('始终把这次评估');
    expect(stripNumbering('【第2篇】教育局领导总结')).toBe('教育局领导总结');
    expect(stripNumbering('2020年工作回顾')).toBe('2020年工作回顾');
  });

  it('is stable, short and URL-safe', () => {
    const anchor = deriveAnchor('一、改善教育外部环境，尊师重教的社会氛围进一步形成。');
    expect(anchor).toMatch(/^s-[0-9a-z]{7}$/);
    expect(deriveAnchor('一、改善教育外部环境，尊师重教的社会氛围进一步形成。')).toBe(anchor);
  });

  it('survives renumbering, punctuation changes and a change of script', () => {
    const anchor = deriveAnchor('二、教师队伍管理迈出新步伐。');
    expect(deriveAnchor('三、教师队伍管理迈出新步伐')).toBe(anchor);
    expect(deriveAnchor('（三）教師隊伍管理邁出新步伐')).toBe(anchor);
    expect(deriveAnchor('二、教师队伍建设迈出新步伐')).not.toBe(anchor);
  });

  it('does not depend on the other sections', () => {
    const before = assignAnchors([{ text: '一、甲' }, { text: '二、乙' }]);
    const after = assignAnchors([{ text: '一、新增' }, { text: '二、甲' }, { text: '三、乙改' }]);
    expect(after[1]).toBe(before[0]);
  });

  it('numbers repeated headings and honours pinned ids', () => {
    const anchors = assignAnchors([{ text: '一、小结' }, { text: '二、小结' }, { text: '三、其他', pinned: 'qita' }]);
    expect(anchors[1]).toBe(`${anchors[0]}-2`);
    expect(anchors[2]).toBe('qita');
  });
});
