import { describe, expect, it } from 'vitest';
import { assignAnchors, deriveAnchor } from '../../../src/lib/markdown/anchors.ts';

describe('section anchors', () => {
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
