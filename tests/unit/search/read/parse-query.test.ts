import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../../src/lib/search/read/parse-query.ts';

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
