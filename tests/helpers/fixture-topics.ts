import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { vocabularySchema } from '../../src/lib/schema/topic.ts';
import { createTagger, type Tagger } from '../../src/lib/topics/tagger.ts';
import { fixtureArchive } from './temp-archive.ts';

/** The fixture archive's topic vocabulary and a tagger over it. */
export function fixtureTopics(): { ids: Set<string>; tagger: Tagger } {
  const { topics } = vocabularySchema.parse(parse(readFileSync(join(fixtureArchive, 'topics.yml'), 'utf8')));
  return { ids: new Set(topics.map((topic) => topic.id)), tagger: createTagger(topics) };
}
