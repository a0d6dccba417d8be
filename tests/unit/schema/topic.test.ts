import { describe, expect, it } from 'vitest';
import { vocabularySchema } from '../../../src/lib/schema/topic.ts';

const topic = (id: string, extra: object = {}) => ({
  id,
  name: id,
  name_hant: id,
  name_en: id,
  description: id,
  ...extra,
});

describe('the topic vocabulary', () => {
  it('accepts topics with exactly one fallback', () => {
    const parsed = vocabularySchema.parse({
      topics: [topic('teachers', { keywords: ['教师'] }), topic('general', { fallback: true })],
    });
    expect(parsed.topics[0]!.keywords).toEqual(['教师']);
    expect(parsed.topics[0]!.fallback).toBe(false);
  });

  it('rejects duplicate ids and a missing fallback', () => {
    const result = vocabularySchema.safeParse({ topics: [topic('a'), topic('a')] });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.message)).toEqual([
      '主题 id「a」重复',
      '应当恰好有一个主题标记 fallback: true，现在有 0 个',
    ]);
  });

  it('rejects ids that cannot be used in URLs', () => {
    expect(vocabularySchema.safeParse({ topics: [topic('Teachers', { fallback: true })] }).success).toBe(false);
  });
});
