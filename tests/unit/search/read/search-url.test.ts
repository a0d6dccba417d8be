import { describe, expect, it } from 'vitest';
import { parseSearchState, serializeSearchState } from '../../../../src/lib/search/read/search-url.ts';

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
