import { stripNumbering } from '../text/heading-numbering.ts';

/** What the alignment knows of a section: its heading (null for the preamble) and topic ids. */
export interface AlignedSection {
  heading: string | null;
  topics: readonly string[];
}

/** One row of a comparison: a section of each report, or of one only (the other side is null). */
export interface AlignedRow {
  a: number | null;
  b: number | null;
  /** Topics the two sections share, in the order of report a's section; empty for a one-sided row. */
  shared: string[];
}

/** Headings that share at least this much of their wording pair even without a shared topic. */
const headingAlone = 0.5;
/** How much wording counts beside topics: it chooses among sections of the same topics. */
const headingWeight = 0.5;

/** A heading's wording as pairs of characters, its numbering (一、 （二） 第四部分) left out: that says nothing of the topic. */
function bigramsOf(heading: string | null): Set<string> {
  const text = stripNumbering(heading ?? '').replace(/[\s\p{P}]/gu, '');
  const bigrams = new Set<string>();
  for (let at = 0; at + 1 < text.length; at++) bigrams.add(text.slice(at, at + 2));
  return bigrams;
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let common = 0;
  for (const item of a) if (b.has(item)) common++;
  return common;
}

/**
 * How alike two sections are, 0 when they should not share a row: shared
 * topics (Jaccard) plus half the Dice likeness of their headings. The two
 * preambles always pair.
 */
function likeness(a: AlignedSection, b: AlignedSection, aWords: Set<string>, bWords: Set<string>): number {
  if (a.heading === null || b.heading === null) return a.heading === null && b.heading === null ? 2 : 0;
  const topicsA = new Set(a.topics);
  const sharedTopics = overlap(topicsA, new Set(b.topics));
  const topics = sharedTopics / (topicsA.size + b.topics.length - sharedTopics || 1);
  const words = aWords.size + bWords.size === 0 ? 0 : (2 * overlap(aWords, bWords)) / (aWords.size + bWords.size);
  if (topics === 0 && words < headingAlone) return 0;
  return topics + headingWeight * words;
}

/**
 * Lines up two reports' sections in their own order, as a diff lines up
 * text: the rows maximise the total likeness of the paired sections, and a
 * section with no like section on the other side gets a row of its own. So a
 * plan's 德育 section sits beside the summary's 德育 section even when the
 * summary has sections the plan lacks.
 */
export function alignSections(a: readonly AlignedSection[], b: readonly AlignedSection[]): AlignedRow[] {
  const aWords = a.map((section) => bigramsOf(section.heading));
  const bWords = b.map((section) => bigramsOf(section.heading));
  const width = b.length + 1;
  // best[i * width + j]: the most likeness the sections from a[i] and b[j] onwards can give.
  const best = new Float64Array((a.length + 1) * width);
  const like = new Float64Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const pair = likeness(a[i]!, b[j]!, aWords[i]!, bWords[j]!);
      like[i * width + j] = pair;
      const paired = pair > 0 ? pair + best[(i + 1) * width + j + 1]! : 0;
      best[i * width + j] = Math.max(paired, best[(i + 1) * width + j]!, best[i * width + j + 1]!);
    }
  }
  const rows: AlignedRow[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const here = best[i * width + j]!;
    const pair = like[i * width + j]!;
    if (pair > 0 && here === pair + best[(i + 1) * width + j + 1]!) {
      const topicsB = new Set(b[j]!.topics);
      rows.push({ a: i, b: j, shared: a[i]!.topics.filter((topic) => topicsB.has(topic)) });
      i++;
      j++;
    } else if (here === best[(i + 1) * width + j]!) {
      rows.push({ a: i++, b: null, shared: [] });
    } else {
      rows.push({ a: null, b: j++, shared: [] });
    }
  }
  while (i < a.length) rows.push({ a: i++, b: null, shared: [] });
  while (j < b.length) rows.push({ a: null, b: j++, shared: [] });
  return rows;
}
