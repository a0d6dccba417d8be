import { describe, expect, it } from 'vitest';
import { bucketOf, isAlphanumeric, postingsShape, searchableText, termPrefix } from '../../../src/lib/search/format.ts';
import { hash32 } from '../../../src/lib/text/hash.ts';

describe('the characters of words', () => {
  it('are the folded ASCII letters and digits', () => {
    const letters = [...'az09'].map((char) => char.charCodeAt(0));
    expect(letters.every(isAlphanumeric)).toBe(true);
    const others = [...'AZ/:`{年０ａ '].map((char) => char.charCodeAt(0));
    expect(others.some(isAlphanumeric)).toBe(false);
    expect(isAlphanumeric(undefined)).toBe(false);
  });
});

describe('how a term is stored', () => {
  it('keeps positions for trigrams, with edge flags when a letter or digit sits at an edge', () => {
    expect(postingsShape(`${termPrefix.trigram}教育局`)).toEqual({ positional: true, flagged: false });
    expect(postingsShape(`${termPrefix.trigram}20年`)).toEqual({ positional: true, flagged: true });
    expect(postingsShape(`${termPrefix.trigram}年度x`)).toEqual({ positional: true, flagged: true });
  });

  it('keeps positions for bigrams only when they carry flags, and section lists for the rest', () => {
    expect(postingsShape(`${termPrefix.bigram}教育`)).toEqual({ positional: false, flagged: false });
    expect(postingsShape(`${termPrefix.bigram}4年`)).toEqual({ positional: true, flagged: true });
    expect(postingsShape(`${termPrefix.unigram}4`)).toEqual({ positional: false, flagged: false });
    expect(postingsShape(`${termPrefix.word}2020`)).toEqual({ positional: false, flagged: false });
  });
});

describe('buckets', () => {
  it('place a term by its key, the same every time, within the bucket count', () => {
    const keys = Array.from(
      { length: 500 },
      (_, index) => `${termPrefix.trigram}教育${String.fromCharCode(0x4e00 + index)}`,
    );
    const buckets = keys.map((key) => bucketOf(key, 64));
    expect(buckets.every((bucket) => Number.isInteger(bucket) && bucket >= 0 && bucket < 64)).toBe(true);
    expect(keys.map((key) => bucketOf(key, 64))).toEqual(buckets);
    expect(new Set(buckets).size).toBeGreaterThan(48);
  });

  it('are the top bits of the hash, so a bucket splits into two adjacent ones when the count doubles', () => {
    expect(bucketOf('t:教育局', 64)).toBe(hash32('t:教育局') >>> 26);
    const keys = Array.from({ length: 2000 }, (_, index) => `${termPrefix.word}${index}`);
    for (const key of keys) {
      expect(bucketOf(key, 128) >> 1).toBe(bucketOf(key, 64));
      expect(bucketOf(key, 1 << 20) >> 14).toBe(bucketOf(key, 64));
    }
    const sorted = [...keys].sort((a, b) => hash32(a) - hash32(b));
    const inOrder = sorted.map((key) => bucketOf(key, 256));
    expect(inOrder).toEqual([...inOrder].sort((a, b) => a - b));
  });

  it('come in powers of two of at least 64', () => {
    expect(bucketOf('u:教', 2 ** 31)).toBe(hash32('u:教') >>> 1);
    expect(() => bucketOf('u:教', 32)).toThrow(/power of two/);
    expect(() => bucketOf('u:教', 96)).toThrow(/power of two/);
  });
});

describe('the searchable text of a section', () => {
  it('is its heading and body on separate lines, or the body alone', () => {
    expect(searchableText('一、概况', '正文')).toBe('一、概况\n正文');
    expect(searchableText(null, '正文')).toBe('正文');
  });
});
