import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/lib/search/read/parse-query.ts';
import { findTerm, matchAll, mergeSpans } from '../../../src/lib/search/read/highlight-spans.ts';
import { highlightedExcerpt } from '../../../src/lib/search/read/highlight-excerpt.ts';
import { parseSearchState, serializeSearchState } from '../../../src/lib/search/read/search-url.ts';
import { foldText } from '../../../src/lib/text/fold.ts';

describe('parsing a query', () => {
  it('splits on spaces, folds each term and drops repeats', () => {
    expect(parseQuery(' 教師  校园足球\u3000教师 GPS ')).toEqual([
      { text: '教師', folded: '教师' },
      { text: '校园足球', folded: '校园足球' },
      { text: 'GPS', folded: 'gps' },
    ]);
  });

  it('keeps quoted phrases together', () => {
    expect(parseQuery('"a b" “教育 局” 「x y」').map((term) => term.folded)).toEqual(['a b', '教育 局', 'x y']);
    expect(parseQuery('""   ')).toEqual([]);
  });
});

describe('matching terms in folded text', () => {
  it('finds every occurrence, across scripts', () => {
    expect(findTerm(foldText('教師與教师'), '教师')).toEqual([
      [0, 2],
      [3, 5],
    ]);
  });

  it('matches Latin letters and digits as whole words', () => {
    expect(findTerm('2020年与12020人', '2020')).toEqual([[0, 4]]);
    expect(findTerm('gps定位,gpsx,agps', 'gps')).toEqual([[0, 3]]);
    expect(findTerm('投入2020年', '2020年')).toEqual([[2, 7]]);
    expect(findTerm('12020年', '2020年')).toEqual([]);
    expect(findTerm('5g网络', '5g')).toEqual([[0, 2]]);
  });

  it('requires every term and merges overlapping spans', () => {
    expect(
      matchAll('校园足球与足球', [
        { text: '足球', folded: '足球' },
        { text: '校园足', folded: '校园足' },
      ]),
    ).toEqual([
      [0, 4],
      [5, 7],
    ]);
    expect(matchAll('校园', [{ text: '足球', folded: '足球' }])).toBeNull();
    expect(
      mergeSpans([
        [5, 7],
        [0, 2],
        [1, 3],
      ]),
    ).toEqual([
      [0, 3],
      [5, 7],
    ]);
  });
});

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

describe('the address of a search', () => {
  const facets = [
    { key: 'year', param: 'year' },
    { key: 'topic', param: 'topic' },
  ];

  it('round-trips query, filters and sort', () => {
    const state = parseSearchState('?q=%E6%95%99%E5%B8%88&year=2020&year=undated&topic=ict&sort=newest', facets);
    expect(state).toEqual({ q: '教师', filters: { year: ['2020', 'undated'], topic: ['ict'] }, sort: 'newest' });
    expect(serializeSearchState(state, facets)).toBe(
      '?q=%E6%95%99%E5%B8%88&year=2020&year=undated&topic=ict&sort=newest',
    );
  });

  it('ignores unknown sorts and leaves defaults out', () => {
    expect(parseSearchState('?sort=random', facets).sort).toBe('relevance');
    expect(serializeSearchState({ q: ' ', filters: {}, sort: 'relevance' }, facets)).toBe('');
  });
});
