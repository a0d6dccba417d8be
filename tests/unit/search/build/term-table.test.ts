import { describe, expect, it } from 'vitest';
import { bucketOf } from '../../../../src/lib/search/format.ts';
import { TermTable } from '../../../../src/lib/search/build/term-table.ts';

describe('the term table', () => {
  it('gives each term one id, whatever its kind, and names it by its key', () => {
    const table = new TermTable();
    const ids = [
      table.unigram(0x6559),
      table.bigram(0x6559, 0x80b2),
      table.trigram(0x6559, 0x80b2, 0x5c40),
      table.word('gps'),
    ];
    expect(new Set(ids).size).toBe(4);
    expect([
      table.unigram(0x6559),
      table.bigram(0x6559, 0x80b2),
      table.trigram(0x6559, 0x80b2, 0x5c40),
      table.word('gps'),
    ]).toEqual(ids);
    expect(ids.map((id) => table.key(id))).toEqual(['u:教', 'b:教育', 't:教育局', 'w:gps']);
    expect(table.size).toBe(4);
  });

  it('keeps apart terms whose code units coincide across kinds', () => {
    const table = new TermTable();
    const bigram = table.bigram(0x61, 0x62);
    const word = table.word('ab');
    expect(bigram).not.toBe(word);
    expect([table.key(bigram), table.key(word)]).toEqual(['b:ab', 'w:ab']);
  });

  it('buckets a term by its key', () => {
    const table = new TermTable();
    const id = table.trigram(0x6559, 0x80b2, 0x5c40);
    expect(table.bucketOf(id, 128)).toBe(bucketOf('t:教育局', 128));
  });

  it('groups occurrences by term, each in the order recorded, lists a section once with addOnce, and takes sections in order', () => {
    const table = new TermTable();
    const a = table.trigram(0x6559, 0x80b2, 0x5c40);
    const b = table.unigram(0x6559);
    table.add(a, 0, 8);
    table.addOnce(b, 0);
    table.addOnce(b, 0);
    table.add(a, 2, 4);
    table.add(a, 2, 12);
    table.addOnce(b, 3);
    expect(table.occurrences).toBe(5);
    expect(() => table.add(a, 1, 0)).toThrow(/section 1 after section 3/);
    const grouped = table.grouped();
    const of = (id: number) => {
      const range = [grouped.start[id]!, grouped.start[id + 1]!] as const;
      return [...grouped.sections.subarray(...range)].map((section, at) => [section, grouped.values[range[0] + at]]);
    };
    expect(of(a)).toEqual([
      [0, 8],
      [2, 4],
      [2, 12],
    ]);
    expect(of(b)).toEqual([
      [0, 0],
      [3, 0],
    ]);
  });

  it('finds every term again after its tables and lists have grown many times', () => {
    const table = new TermTable(16);
    const ids = new Map<string, number>();
    for (let first = 0x4e00; first < 0x4e00 + 300; first += 1) {
      for (let second = 0x4e00; second < 0x4e00 + 300; second += 3) {
        const id = table.bigram(first, second);
        ids.set(String.fromCharCode(first, second), id);
        table.add(id, first, second);
      }
    }
    expect(table.size).toBe(ids.size);
    expect([...ids].every(([text, id]) => table.bigram(text.charCodeAt(0), text.charCodeAt(1)) === id)).toBe(true);
    expect([...ids].every(([text, id]) => table.key(id) === `b:${text}`)).toBe(true);
    expect(table.occurrences).toBe(ids.size);
  });
});
