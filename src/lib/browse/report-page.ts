import { type BureauReport, neighboursIn } from '../archive/issuer-timelines.ts';
import type { ArchiveSettings, Report, ReportBasics, Section } from '../archive/types.ts';
import { levelLabels, regionLabel, scriptLabels, typeLabels, yearLabel } from '../format/labels.ts';
import { langOfScript } from '../format/lang.ts';
import { naturalPairsOf } from '../compare/natural-pairs.ts';
import { sourceLinks, type SourceLinks } from '../site/source-link.ts';
import { citation } from '../publish/citation.ts';
import { absoluteUrl, siteOrigin } from '../site/origin.ts';
import { provincePageSlug } from './regions.ts';
import { regionValue } from '../facets/registry.ts';
import type { SiteUrls } from '../site/urls.ts';
import { toReportCard, topicChips, whenLabel, type ReportCard, type TopicChip } from './report-card.ts';

interface Fact {
  label: string;
  value: string;
  href?: string;
  /** Set on facts quoted from the report's own text, in the report's script. */
  lang?: 'zh-Hant';
}

/** Peers listed on a report's page; the rest are counted. */
const peersShown = 8;
/** A bureau's reports listed on each of their pages: those nearest this one; a busy bureau's list stays short. */
const bureauShown = 20;

/** The lang attribute a listed title needs: only Traditional-script titles differ from the page. */
function langOf(script: string | undefined): { lang?: 'zh-Hant' } {
  return script === 'zh-Hant' ? { lang: 'zh-Hant' } : {};
}

interface ListedReport {
  title: string;
  url: string;
  /** Set for Traditional-script titles. */
  lang?: 'zh-Hant';
}

interface SectionView {
  id: string;
  heading: string | null;
  headingHtml: string | null;
  html: string;
  topics: TopicChip[];
  topicsFrom: Section['topicsFrom'];
  /** Topic ids, space-separated: what the compare page aligns sections by. */
  topicIds: string;
  /** Full address of the section, for citing. */
  permalink: string;
  /** A ready GB/T 7714 citation of the section. */
  citation: string;
}

export interface ReportPageView {
  card: ReportCard;
  /** Meta description: who issued what, when. */
  description: string;
  facts: Fact[];
  source: Report['meta']['source'];
  anonymized: boolean;
  /** Headed sections only; the preamble opens the page and needs no entry. */
  toc: { id: string; heading: string; topics: TopicChip[] }[];
  sections: SectionView[];
  newer?: { title: string; url: string };
  older?: { title: string; url: string };
  /** The same bureau's reports by year, at most 20 around this one (marked); empty when the bureau has no other. */
  bureau: (ListedReport & { year: string; current: boolean })[];
  /** How many reports the bureau has in all. */
  bureauTotal: number;
  /** Side-by-side readings of this report and its bureau's plan or summary of the same or next years (naturalPairsOf). */
  comparisons: { label: string; url: string }[];
  /** Other bureaus' reports of the same city and year, the first few; empty when there are none. */
  peers: { heading: string; reports: (ListedReport & { issuer: string })[]; more: number; moreUrl: string };
  file: SourceLinks;
  sha256: string;
  /** A ready GB/T 7714 citation of the whole report. */
  citation: string;
  /** Set for Traditional-script reports, whose body is marked lang="zh-Hant". */
  bodyLang: 'zh-Hant' | undefined;
}

/** At most `count` entries of a timeline, as many on each side of `slug` as the ends allow. */
function nearest(timeline: readonly BureauReport[], slug: string, count: number): readonly BureauReport[] {
  const at = Math.max(
    0,
    timeline.findIndex((entry) => entry.slug === slug),
  );
  const start = Math.min(Math.max(0, at - Math.floor(count / 2)), Math.max(0, timeline.length - count));
  return timeline.slice(start, start + count);
}

/** Other bureaus' reports among the same city and year's (placeYearGroups), for the page of `report`. */
function peersOf(
  report: Report,
  timeline: readonly BureauReport[],
  sameCityAndYear: readonly ReportBasics[],
  urls: SiteUrls,
): ReportPageView['peers'] {
  // The bureau's own reports are those of its timeline, which knows namesakes and hidden names apart.
  const own = new Set([report.slug, ...timeline.map((entry) => entry.slug)]);
  const others = sameCityAndYear.filter((other) => !own.has(other.slug));
  const { province, city } = report.meta.region;
  return {
    heading: `${city ?? ''}${yearLabel(report.meta.year)}其他单位的报告`,
    reports: others.slice(0, peersShown).map((other) => ({
      title: other.meta.title,
      url: urls.report(other.slug),
      issuer: other.meta.issuer,
      ...langOf(other.meta.script),
    })),
    more: Math.max(0, others.length - peersShown),
    moreUrl: urls.region(provincePageSlug(regionValue(province))),
  };
}

/**
 * A report's page: its text by section, its facts, citations, the same
 * bureau's reports over the years (`timeline`, issuerTimelines) and other
 * bureaus' reports of the same city and year (`sameCityAndYear`).
 */
export function reportPageView(
  report: Report,
  archive: ArchiveSettings,
  urls: SiteUrls,
  timeline: readonly BureauReport[] = [],
  sameCityAndYear: readonly ReportBasics[] = [],
): ReportPageView {
  const { meta } = report;
  const { newer, older } = neighboursIn(timeline, report.slug);
  const origin = siteOrigin(archive.site);
  const region = regionLabel(report);
  const bodyLang = langOfScript(meta.script);
  const sections: SectionView[] = report.sections.map((section) => {
    const permalink = absoluteUrl(origin, urls.section(report.slug, section.id));
    return {
      id: section.id,
      heading: section.heading,
      headingHtml: section.headingHtml,
      html: section.html,
      topics: topicChips(section.topics, archive, urls),
      topicsFrom: section.topicsFrom,
      topicIds: section.topics.join(' '),
      permalink,
      citation: citation(report, permalink, section),
    };
  });

  const facts: Fact[] = [
    { label: '发文单位', value: meta.issuer, ...(bodyLang ? { lang: bodyLang } : {}) },
    ...(region
      ? [{ label: '地区', value: region, href: urls.region(provincePageSlug(regionValue(meta.region.province))) }]
      : []),
    { label: '层级', value: levelLabels[meta.level] },
    { label: meta.date ? '日期' : '年份', value: whenLabel(report), href: urls.year(meta.year) },
    { label: '类型', value: typeLabels[meta.type], href: urls.type(meta.type) },
    { label: '文字', value: scriptLabels[meta.script] },
  ];

  const card = toReportCard(report, archive, urls);
  return {
    card,
    description: `${card.issuer}${card.when}${card.typeLabel}：${card.title}`,
    facts,
    source: meta.source,
    anonymized: meta.anonymized,
    toc: sections
      .filter((section) => section.heading !== null)
      .map((section) => ({ id: section.id, heading: section.heading!, topics: section.topics })),
    sections,
    ...(newer ? { newer: { title: newer.title, url: urls.report(newer.slug) } } : {}),
    ...(older ? { older: { title: older.title, url: urls.report(older.slug) } } : {}),
    bureau:
      timeline.length > 1
        ? nearest(timeline, report.slug, bureauShown).map((entry) => ({
            title: entry.title,
            url: urls.report(entry.slug),
            year: yearLabel(entry.year),
            current: entry.slug === report.slug,
            ...langOf(entry.script),
          }))
        : [],
    bureauTotal: timeline.length,
    comparisons: naturalPairsOf(timeline, report.slug).map((pair) => ({
      label: pair.label,
      url: urls.compare(pair.a, pair.b),
    })),
    peers: peersOf(report, timeline, sameCityAndYear, urls),
    file: sourceLinks(report.sourcePath, archive.site, process.env, archive.git),
    sha256: report.sha256,
    citation: citation(report, absoluteUrl(origin, urls.report(report.slug))),
    bodyLang,
  };
}
