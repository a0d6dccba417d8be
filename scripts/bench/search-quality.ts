import type { Archive } from '../../src/lib/archive/types.ts';
import { createRandom } from '../corpus/random.ts';
import { searchableText } from '../../src/lib/search/format.ts';
import { findTerm } from '../../src/lib/search/read/highlight-spans.ts';
import { parseQuery, type QueryTerm } from '../../src/lib/search/read/parse-query.ts';
import { foldText } from '../../src/lib/text/fold.ts';

/** Queries every benchmark run includes: the cases stock Pagefind gets wrong, and both scripts of each. */
const fixedQueries = [
  '大学联考',
  '大學聯考',
  '校园足球',
  '校園足球',
  '信息化',
  '資訊化',
  '义务教育均衡',
  '義務教育均衡',
  '教师',
  '教師',
  '控辍保学',
  '营养改善计划',
  '学前教育',
  '高考',
  '2020',
  '2020年',
  '足球 经费',
];

interface QualityQuery {
  query: string;
  /** Why it is in the list: fixed, or sampled from the text (and converted to Traditional). */
  origin: 'fixed' | 'sampled' | 'traditional';
}

/**
 * The fixed queries plus phrases sampled from the archive's own text at a
 * fixed seed, lengths two to eight, some converted to Traditional script so
 * every cross-script pair is exercised.
 */
export function benchmarkQueries(
  archive: Archive,
  count: number,
  toTraditional: (text: string) => string,
  seed = 1,
): QualityQuery[] {
  const random = createRandom(seed);
  const texts = archive.reports.flatMap((report) => report.sections.map((section) => section.text.replace(/\s+/g, '')));
  const queries = new Map<string, QualityQuery['origin']>(fixedQueries.map((query) => [query, 'fixed']));
  let attempts = 0;
  while (queries.size < fixedQueries.length + count && attempts < count * 50) {
    attempts += 1;
    const text = random.pick(texts);
    const length = random.int(2, 8);
    if (text.length < length) continue;
    const start = random.int(0, text.length - length);
    const phrase = text.slice(start, start + length);
    if (!/^[\p{Script=Han}]+$/u.test(phrase)) continue;
    const traditional = random.chance(0.3) ? toTraditional(phrase) : phrase;
    if (!queries.has(traditional)) queries.set(traditional, traditional === phrase ? 'sampled' : 'traditional');
  }
  return [...queries].map(([query, origin]) => ({ query, origin }));
}

/**
 * The definition the engine must meet, computed the slow way: a report matches
 * when its title, or one of its sections, contains every term (folded, Latin
 * words whole). Returns slug → matching section anchors.
 */
export function substringTruth(archive: Archive, terms: readonly QueryTerm[]): Map<string, string[]> {
  const truth = new Map<string, string[]>();
  const has = (text: string) => terms.every((term) => findTerm(foldText(text), term.folded).length > 0);
  for (const report of archive.reports) {
    const anchors = report.sections
      .filter((section) => has(searchableText(section.heading, section.text)))
      .map((section) => section.id);
    if (anchors.length > 0 || has(report.meta.title)) truth.set(report.slug, anchors);
  }
  return truth;
}

/** Slugs of the reports that contain a query, by the substring truth. */
export function truthFor(archive: Archive, query: string): Set<string> {
  return new Set(substringTruth(archive, parseQuery(query)).keys());
}

export interface Quality {
  queries: number;
  /** Micro-averaged over all (query, report) pairs. */
  recall: number;
  precision: number;
  /** Queries where the engine missed a report or returned a wrong one. */
  imperfect: { query: string; expected: number; found: number; correct: number }[];
}

/** Recall and precision of found report sets against the truth, summed over every query. */
export function measureQuality(results: readonly { query: string; truth: Set<string>; found: Set<string> }[]): Quality {
  let expected = 0;
  let found = 0;
  let correct = 0;
  const imperfect: Quality['imperfect'] = [];
  for (const result of results) {
    const hits = [...result.found].filter((slug) => result.truth.has(slug)).length;
    expected += result.truth.size;
    found += result.found.size;
    correct += hits;
    if (hits !== result.truth.size || hits !== result.found.size) {
      imperfect.push({ query: result.query, expected: result.truth.size, found: result.found.size, correct: hits });
    }
  }
  return {
    queries: results.length,
    recall: expected === 0 ? 1 : correct / expected,
    precision: found === 0 ? 1 : correct / found,
    imperfect,
  };
}
