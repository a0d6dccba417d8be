import { describe, expect, it } from 'vitest';
import { TermTable } from '../../../../src/lib/search/build/term-table.ts';
import { tokenizeTexts } from '../../../../src/lib/search/build/tokenize-texts.ts';

/** Every term's occurrences as [section, value] pairs, by key. */
function occurrences(table: TermTable): Map<string, number[][]> {
  const grouped = table.grouped();
  const byKey = new Map<string, number[][]>();
  for (let id = 0; id < table.size; id += 1) {
    const pairs: number[][] = [];
    for (let at = grouped.start[id]!; at < grouped.start[id + 1]!; at += 1)
      pairs.push([grouped.sections[at]!, grouped.values[at]!]);
    byKey.set(table.key(id), pairs);
  }
  return byKey;
}

function tokenize(texts: string[], keep: (table: TermTable, id: number) => boolean = () => true) {
  const table = new TermTable();
  tokenizeTexts(texts, table, (id) => keep(table, id));
  return { table, terms: occurrences(table) };
}

describe('tokenizing folded texts', () => {
  it('lists every character, pair and triple of a Han text, once per section unless positional', () => {
    const { terms } = tokenize(['教育局', '局局']);
    expect([...terms.keys()].sort()).toEqual(['b:局局', 'b:教育', 'b:育局', 't:教育局', 'u:局', 'u:教', 'u:育'].sort());
    expect(terms.get('u:局')).toEqual([
      [0, 0],
      [1, 0],
    ]);
    expect(terms.get('b:教育')).toEqual([[0, 0]]);
    expect(terms.get('t:教育局')).toEqual([[0, 0]]);
  });

  it('lists letters and digits as whole words, and flags the pairs and triples they touch', () => {
    const { terms } = tokenize(['gps定位 2020年']);
    expect(terms.get('w:gps')).toEqual([[0, 0]]);
    expect(terms.get('w:2020')).toEqual([[0, 0]]);
    for (const key of ['b:gp', 'b:20', 'u:g', 'u:2', 'u: ']) expect(terms.has(key)).toBe(false);
    // Position × 4, plus 1 when a letter or digit comes right before, plus 2 when one comes right after.
    expect(terms.get('b:s定')).toEqual([[0, 2 * 4 + 1]]);
    expect(terms.get('b: 2')).toEqual([[0, 5 * 4 + 2]]);
    expect(terms.get('b:0年')).toEqual([[0, 9 * 4 + 1]]);
    expect(terms.get('t: 20')).toEqual([[0, 5 * 4 + 2]]);
    expect(terms.get('t:20年')).toEqual([[0, 8 * 4 + 1]]);
    expect(terms.get('b:定位')).toEqual([[0, 0]]);
  });

  it('makes no term across a line break or of two spaces', () => {
    const { terms } = tokenize(['甲乙\n丙  丁']);
    expect(terms.has('b:甲乙')).toBe(true);
    for (const key of ['b:乙\n', 'b:乙丙', 't:甲乙\n', 't:乙\n丙', 'b:  ', 'u:\n']) expect(terms.has(key)).toBe(false);
    expect(terms.has('t:丙  ')).toBe(true);
  });

  it('gives every term an id but records occurrences only for the terms kept', () => {
    const all = tokenize(['教育局工作总结', '2021年计划']);
    const trigramsOnly = tokenize(['教育局工作总结', '2021年计划'], (table, id) => table.key(id).startsWith('t:'));
    expect(trigramsOnly.table.size).toBe(all.table.size);
    for (const [key, pairs] of trigramsOnly.terms)
      expect(pairs).toEqual(key.startsWith('t:') ? all.terms.get(key) : []);
  });
});
