import { describe, expect, it } from 'vitest';
import { topicSchema, type Topic } from '../../../src/lib/schema/topic.ts';
import { createTagger, parseKeyword } from '../../../src/lib/topics/tagger.ts';

const topics: Topic[] = [
  { id: 'teachers', keywords: ['教师*2', '师德*3', '培训'] },
  { id: 'facilities', keywords: ['校舍*3', '新建*2', '平方米*2'] },
  { id: 'ict', keywords: ['信息化*3', '网络*2'] },
  { id: 'safety', keywords: ['安全*3', '防溺水*3'] },
  { id: 'general', keywords: ['存在问题*3'], fallback: true },
].map((topic) =>
  topicSchema.parse({ name: topic.id, name_hant: topic.id, name_en: topic.id, description: topic.id, ...topic }),
);

const tagger = createTagger(topics);

describe('the topic tagger', () => {
  it('parses weighted keywords', () => {
    expect(parseKeyword('教师队伍*3')).toEqual({ text: '教师队伍', weight: 3 });
    expect(parseKeyword('网络')).toEqual({ text: '网络', weight: 1 });
  });

  it('picks the topic whose keywords dominate', () => {
    expect(tagger.tag('新建校舍2000平方米，改造校舍三处。')).toEqual(['facilities']);
  });

  it('adds a second topic when it scores close to the first', () => {
    expect(tagger.tag('加强师德建设，开展教师培训；推进信息化，建设网络教研平台，信息化水平提升。')).toEqual([
      'ict',
      'teachers',
    ]);
  });

  it('counts keywords in the heading more', () => {
    const text = '校舍建设，教师培训，教师培训。';
    expect(tagger.tag(text)[0]).toBe('teachers');
    expect(tagger.tag(text, '一、校舍安全工程')[0]).toBe('facilities');
  });

  it('matches Simplified keywords in Traditional text', () => {
    expect(tagger.tag('加強師德師風建設，開展教師培訓。')).toEqual(['teachers']);
  });

  it('falls back to the fallback topic when nothing matches', () => {
    expect(tagger.tag('同志们，今天的会议开得很好。')).toEqual(['general']);
  });

  it('scores every matching topic, best first', () => {
    const scores = tagger.score('安全安全，教师');
    expect(scores.map((entry) => entry.id)).toEqual(['safety', 'teachers']);
    expect(scores[0]!.score).toBe(6);
  });

  it('returns at most three topics', () => {
    const text = '教师师德培训 校舍新建平方米 信息化网络 安全防溺水'.repeat(3);
    expect(tagger.tag(text)).toHaveLength(3);
  });
});
