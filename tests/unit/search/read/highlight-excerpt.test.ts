import { describe, expect, it } from 'vitest';
import { highlightedExcerpt } from '../../../../src/lib/search/read/highlight-excerpt.ts';
import { findTerm } from '../../../../src/lib/search/read/highlight-spans.ts';
import { foldText } from '../../../../src/lib/text/fold.ts';

describe('excerpts', () => {
  it('mark the original characters in their original script', () => {
    const original = '全縣中國小教師參加培訓，教師隊伍建設成效明顯。';
    const spans = findTerm(foldText(original), '教师');
    expect(highlightedExcerpt(original, spans, 40)).toBe(
      '全縣中國小<mark>教師</mark>參加培訓，<mark>教師</mark>隊伍建設成效明顯。',
    );
  });

  it('show a window around the first match with ellipses, escaping HTML', () => {
    const original = `${'前'.repeat(100)}<b>关键词</b>${'后'.repeat(100)}`;
    const excerpt = highlightedExcerpt(original, findTerm(original, '关键词'), 40);
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt).toContain('&lt;b&gt;<mark>关键词</mark>&lt;/b&gt;');
  });
});
