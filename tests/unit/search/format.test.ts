import { describe, expect, it } from 'vitest';
import { bucketOf, isAlphanumeric, postingsShape, searchableText, termPrefix } from '../../../src/lib/search/format.ts';

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
});

describe('the searchable text of a section', () => {
  it('is its heading and body on separate lines, or the body alone', () => {
    expect(searchableText('一、概况', '正文')).toBe('一、概况\n正文');
    expect(searchableText(null, '正文')).toBe('正文');
  });
});
