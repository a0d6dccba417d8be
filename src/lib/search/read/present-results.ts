import { typeLabels, yearLabel } from '../../format/labels.ts';
import { foldText } from '../../text/fold.ts';
import { escapeHtml } from '../../text/html.ts';
import type { SearchOutcome } from './run-search.ts';
import { highlightedExcerpt } from './highlight-excerpt.ts';
import { type FacetValueTable, searchableText } from '../format.ts';
import { matchAll, mergeSpans, type Span } from './highlight-spans.ts';
import type { QueryTerm } from './parse-query.ts';
import type { SearchIndex } from './search-index.ts';
import { holds } from './sorted-ids.ts';

interface SectionResult {
  /** /reports/<slug>/?hl=…#<anchor> */
  url: string;
  /** /reports/<slug>/#<anchor>: the section's lasting address, without the marks of this search. */
  permalink: string;
  heading: string;
  headingHtml: string;
  excerpt: string;
  excerptHtml: string;
}

export interface ReportResult {
  url: string;
  slug: string;
  title: string;
  titleHtml: string;
  issuer: string;
  /** Province, city and county as far as known; null when the report names none. */
  region: string | null;
  year: number | null;
  yearLabel: string;
  type: string;
  typeLabel: string;
  /** The report's topics; empty when presented without them (PresentOptions.withTopics). */
  topics: { id: string; name: string }[];
  lang: string;
  sections: SectionResult[];
  /** Matching sections not listed. */
  moreSections: number;
}

interface PresentOptions {
  /** Site base path, e.g. `/` or `/archive/`. */
  base: string;
  /** At most this many sections per report; the rest are counted. Default: all. */
  sectionsPerReport?: number;
  /** Add ?hl= to section links so the report page marks the matches. Default true. */
  highlightLinks?: boolean;
  /** Name each report's topics, which waits for the topic facet's report lists. Default true. */
  withTopics?: boolean;
}

function marked(text: string, terms: readonly QueryTerm[]): string {
  const spans = terms.flatMap((term) => matchAll(foldText(text), [term]) ?? []);
  if (spans.length === 0) return escapeHtml(text);
  let html = '';
  let cursor = 0;
  for (const [from, to] of mergeSpans(spans)) {
    html += `${escapeHtml(text.slice(cursor, from))}<mark>${escapeHtml(text.slice(from, to))}</mark>`;
    cursor = to;
  }
  return html + escapeHtml(text.slice(cursor));
}

function plain(html: string): string {
  return html
    .replace(/<\/?mark>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Each report's topics, from the topic facet's report lists. */
async function reportTopics(
  index: SearchIndex,
  topics: FacetValueTable,
): Promise<(report: number) => { id: string; name: string }[]> {
  const lists = await index.facetValueLists(index.manifest.facets.indexOf(topics));
  return (report) =>
    topics.values
      .filter((_, code) => holds(lists[code]!, report))
      .map((value) => ({ id: value.value, name: value.label }));
}

/**
 * Turns hits into what a result list shows: each report with its matching
 * sections, every section with its heading and an excerpt of its own text in
 * its own script, the matches marked.
 */
export async function presentHits(
  index: SearchIndex,
  outcome: SearchOutcome,
  terms: readonly QueryTerm[],
  range: { from: number; to: number },
  options: PresentOptions,
): Promise<ReportResult[]> {
  const root = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const topics = index.manifest.facets.find((facet) => facet.key === 'topic');
  const highlight =
    terms.length > 0 && options.highlightLinks !== false
      ? `?hl=${encodeURIComponent(terms.map((term) => term.text).join(' '))}`
      : '';
  const page = outcome.hits.slice(range.from, range.to);
  const limit = options.sectionsPerReport ?? Number.POSITIVE_INFINITY;
  const topicsOf = options.withTopics === false || !topics ? undefined : await reportTopics(index, topics);
  const loaded = await Promise.all(
    page.map(async (hit) => {
      const positions = hit.sections.slice(0, limit).map((section) => section - index.firstSectionOf(hit.report));
      const [header, texts] = await Promise.all([index.header(hit.report), index.sectionTexts(hit.report, positions)]);
      return { header, positions, texts };
    }),
  );
  return page.map((hit, position) => {
    const { header, positions, texts } = loaded[position]!;
    const sections = positions.map((sectionPosition, at) => {
      const [anchor, heading] = header.sections[sectionPosition]!;
      const text = texts[at]!;
      const searchable = searchableText(heading, text);
      const spans = matchAll(foldText(searchable), terms) ?? [];
      const bodyStart = heading === null ? 0 : heading.length + 1;
      const bodySpans: Span[] = spans
        .filter(([, end]) => end > bodyStart)
        .map(([from, to]) => [Math.max(0, from - bodyStart), to - bodyStart]);
      const excerptHtml = highlightedExcerpt(text, bodySpans);
      const headingText = heading ?? (header.sections.some(([, other]) => other !== null) ? '导语' : '全文');
      const headingHtml = heading === null ? escapeHtml(headingText) : marked(heading, terms);
      return {
        url: `${root}reports/${header.slug}/${highlight}#${anchor}`,
        permalink: `${root}reports/${header.slug}/#${anchor}`,
        heading: headingText,
        headingHtml,
        excerpt: plain(excerptHtml),
        excerptHtml,
      };
    });
    return {
      url: `${root}reports/${header.slug}/`,
      slug: header.slug,
      title: header.title,
      titleHtml: marked(header.title, terms),
      issuer: header.issuer,
      region: header.region,
      year: header.year,
      yearLabel: yearLabel(header.year),
      type: header.type,
      typeLabel: typeLabels[header.type as keyof typeof typeLabels] ?? header.type,
      topics: topicsOf?.(hit.report) ?? [],
      lang: header.script,
      sections,
      moreSections: hit.sections.length - sections.length,
    };
  });
}
