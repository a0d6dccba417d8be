import type { Topic } from '../schema/topic.ts';
import { foldText } from '../text/fold.ts';

interface TopicScore {
  id: string;
  score: number;
}

interface TaggerOptions {
  /** How much more a keyword counts in the heading than in the body. Default 3. */
  headingWeight?: number;
  /** A topic besides the best one needs at least this share of the best score. Default 0.5. */
  relativeThreshold?: number;
  /** …and at least this absolute score. Default 3. */
  minimumScore?: number;
  /** At most this many topics per section. Default 3. */
  maxTopics?: number;
}

export interface Tagger {
  /** Every topic with a positive score, best first. */
  score(text: string, heading?: string): TopicScore[];
  /** The topics for a section: at least one, at most `maxTopics`. */
  tag(text: string, heading?: string): string[];
}

interface Keyword {
  text: string;
  topic: number;
  weight: number;
}

/** `教师队伍*3` counts three times; a bare keyword counts once. */
export function parseKeyword(keyword: string): { text: string; weight: number } {
  const match = /^(.*?)\*(\d+)$/.exec(keyword.trim());
  return match ? { text: match[1]!.trim(), weight: Number(match[2]) } : { text: keyword.trim(), weight: 1 };
}

/**
 * Scores text against the keyword lists of the topic vocabulary. Keywords and
 * text are both folded, so Simplified keywords find Traditional text. Lookups
 * go through the keywords' first characters, so one pass over the text finds
 * every keyword of every topic.
 */
export function createTagger(topics: readonly Topic[], options: TaggerOptions = {}): Tagger {
  const { headingWeight = 3, relativeThreshold = 0.5, minimumScore = 3, maxTopics = 3 } = options;
  const fallback = topics.find((topic) => topic.fallback)?.id ?? topics[0]?.id ?? 'general';

  const byFirstChar: (Keyword[] | undefined)[] = [];
  topics.forEach((topic, index) => {
    for (const raw of topic.keywords) {
      const { text, weight } = parseKeyword(raw);
      const folded = foldText(text);
      if (!folded) continue;
      const first = folded.charCodeAt(0);
      byFirstChar[first] ??= [];
      byFirstChar[first].push({ text: folded, topic: index, weight });
    }
  });

  const accumulate = (text: string, factor: number, scores: Float64Array) => {
    const folded = foldText(text);
    for (let index = 0; index < folded.length; index += 1) {
      const candidates = byFirstChar[folded.charCodeAt(index)];
      if (!candidates) continue;
      for (const keyword of candidates) {
        if (folded.startsWith(keyword.text, index)) scores[keyword.topic]! += keyword.weight * factor;
      }
    }
  };

  const score = (text: string, heading = ''): TopicScore[] => {
    const scores = new Float64Array(topics.length);
    accumulate(text, 1, scores);
    if (heading) accumulate(heading, headingWeight, scores);
    return topics
      .map((topic, index) => ({ id: topic.id, score: scores[index]! }))
      .filter((entry) => entry.score > 0)
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  };

  const tag = (text: string, heading = ''): string[] => {
    const ranked = score(text, heading);
    const best = ranked[0];
    if (!best) return [fallback];
    const bar = Math.max(minimumScore, best.score * relativeThreshold);
    const others = ranked.slice(1).filter((entry) => entry.score >= bar);
    return [best.id, ...others.map((entry) => entry.id)].slice(0, maxTopics);
  };

  return { score, tag };
}
