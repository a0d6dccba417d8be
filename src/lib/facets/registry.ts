import type { ArchiveSettings, ReportBasics } from '../archive/types.ts';
import { levelLabels, typeLabels, undatedLabel, undatedValue } from '../format/labels.ts';
import { levels, reportTypes } from '../schema/report.ts';
import { foldText } from '../text/fold.ts';

/**
 * The facets of the archive as data. Browse pages, search filters and the
 * search index attributes all read this one list, so a facet's values, labels
 * and URL parameter cannot drift apart between them.
 */
export interface Facet {
  /** Stable key, also the attribute name in the search index. */
  key: 'year' | 'topic' | 'type' | 'province' | 'city' | 'level';
  /** Chinese label shown beside the values. */
  label: string;
  /** Name of the URL query parameter that filters by this facet. */
  param: string;
  /** The facet's values for one report; several for topics, none when unknown. */
  valuesOf(report: ReportBasics): string[];
  labelOf(value: string, archive: ArchiveSettings): string;
  /** Display order of the values. */
  order: 'newest' | 'vocabulary' | 'declared' | 'count';
}

/** Region names are grouped in Simplified script, so 靖遠縣 and 靖远县 are one place. */
export function regionValue(name: string | undefined): string | undefined {
  const trimmed = name?.trim();
  return trimmed ? foldText(trimmed) : undefined;
}

export const facets: readonly Facet[] = [
  {
    key: 'year',
    label: '年份',
    param: 'year',
    valuesOf: (report) => [report.meta.year === null ? undatedValue : String(report.meta.year)],
    labelOf: (value) => (value === undatedValue ? undatedLabel : `${value}年`),
    order: 'newest',
  },
  {
    key: 'topic',
    label: '主题',
    param: 'topic',
    valuesOf: (report) => report.topics,
    labelOf: (value, archive) => archive.topicById.get(value)?.name ?? value,
    order: 'vocabulary',
  },
  {
    key: 'type',
    label: '类型',
    param: 'type',
    valuesOf: (report) => [report.meta.type],
    labelOf: (value) => typeLabels[value as keyof typeof typeLabels] ?? value,
    order: 'declared',
  },
  {
    key: 'province',
    label: '省份',
    param: 'province',
    valuesOf: (report) => optional(regionValue(report.meta.region.province)),
    labelOf: (value) => value,
    order: 'count',
  },
  {
    key: 'city',
    label: '城市',
    param: 'city',
    valuesOf: (report) => optional(regionValue(report.meta.region.city)),
    labelOf: (value) => value,
    order: 'count',
  },
  {
    key: 'level',
    label: '层级',
    param: 'level',
    valuesOf: (report) => [report.meta.level],
    labelOf: (value) => levelLabels[value as keyof typeof levelLabels] ?? value,
    order: 'declared',
  },
];

const declaredOrder: Record<string, readonly string[]> = { type: reportTypes, level: levels };

export function facetByKey(key: Facet['key']): Facet {
  const facet = facets.find((candidate) => candidate.key === key);
  if (!facet) throw new Error(`unknown facet ${key}`);
  return facet;
}

export interface FacetCount {
  value: string;
  label: string;
  count: number;
}

/** How many reports carry each value of a facet, in the facet's display order. */
export function countFacet(
  archive: ArchiveSettings & { reports: readonly ReportBasics[] },
  facet: Facet,
  reports: readonly ReportBasics[] = archive.reports,
): FacetCount[] {
  const counts = new Map<string, number>();
  for (const report of reports) {
    for (const value of facet.valuesOf(report)) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const entries = [...counts].map(([value, count]) => ({ value, label: facet.labelOf(value, archive), count }));
  return entries.sort(comparator(facet, archive));
}

const collator = new Intl.Collator('zh-Hans-CN');

function comparator(facet: Facet, archive: ArchiveSettings): (a: FacetCount, b: FacetCount) => number {
  switch (facet.order) {
    case 'newest':
      return (a, b) => yearRank(b.value) - yearRank(a.value);
    case 'vocabulary': {
      const rank = new Map(archive.topics.map((topic, index) => [topic.id, index]));
      return (a, b) => (rank.get(a.value) ?? Infinity) - (rank.get(b.value) ?? Infinity);
    }
    case 'declared': {
      const order = declaredOrder[facet.key] ?? [];
      return (a, b) => order.indexOf(a.value) - order.indexOf(b.value);
    }
    case 'count':
      return (a, b) => b.count - a.count || collator.compare(a.label, b.label);
  }
}

function yearRank(value: string): number {
  return value === undatedValue ? -Infinity : Number(value);
}

function optional(value: string | undefined): string[] {
  return value === undefined ? [] : [value];
}
