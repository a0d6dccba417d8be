import { z } from 'zod';
import { identifier, nonBlank } from './common.ts';

/**
 * One entry of `content/topics.yml`, the topic vocabulary shared by the tagger,
 * the browse pages and search.
 */
export const topicSchema = z.strictObject({
  /** Permanent id used in front matter, heading tags and URLs (`/topics/<id>/`). Required. */
  id: identifier,
  /** Name in Simplified Chinese, shown across the site. Required. */
  name: nonBlank,
  /** Name in Traditional Chinese. Required. */
  name_hant: nonBlank,
  /** English name, for data exports and readers without Chinese. Required. */
  name_en: nonBlank,
  /** One line saying what the topic covers, shown on its page. Required. */
  description: nonBlank,
  /**
   * Words and phrases the automatic tagger looks for, in Simplified script
   * (Traditional text is folded before matching). A keyword may end in `*N`
   * to count N times, for phrases that decide the topic on their own.
   * Default: none, which means the tagger never picks the topic by itself.
   */
  keywords: z.array(nonBlank).default([]),
  /**
   * Marks the one topic given to a section when no keyword matches at all.
   * Exactly one topic in the vocabulary carries it. Default: false.
   */
  fallback: z.boolean().default(false),
});

export type Topic = z.output<typeof topicSchema>;

/** The whole vocabulary file: a list of topics under `topics:`. */
export const vocabularySchema = z
  .strictObject({
    topics: z.array(topicSchema).min(1, { error: '至少要有一个主题' }),
  })
  .superRefine((vocabulary, context) => {
    const seen = new Set<string>();
    vocabulary.topics.forEach((topic, index) => {
      if (seen.has(topic.id)) {
        context.addIssue({ code: 'custom', path: ['topics', index, 'id'], message: `主题 id「${topic.id}」重复` });
      }
      seen.add(topic.id);
    });
    const fallbacks = vocabulary.topics.filter((topic) => topic.fallback);
    if (fallbacks.length !== 1) {
      context.addIssue({
        code: 'custom',
        path: ['topics'],
        message: `应当恰好有一个主题标记 fallback: true，现在有 ${fallbacks.length} 个`,
      });
    }
  });
