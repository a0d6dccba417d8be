import type { ArchiveSettings, ReportBasics } from '../archive/types.ts';
import { dateLabel, regionLabel, typeLabels, yearLabel } from '../format/labels.ts';
import { langOfScript } from '../format/lang.ts';
import type { SiteUrls } from '../site/urls.ts';

export interface TopicChip {
  id: string;
  name: string;
  url: string;
}

/** What a listing shows for one report. */
export interface ReportCard {
  slug: string;
  url: string;
  title: string;
  issuer: string;
  /** 2020年11月26日, 2020年, or 年份不详. */
  when: string;
  typeLabel: string;
  /** 河南省 濮阳市 清丰县, or null when the text names no place. */
  region: string | null;
  topics: TopicChip[];
  /** `zh-Hant` for Traditional reports, so their titles get the right fonts. */
  lang: 'zh-Hant' | undefined;
}

export function topicChips(ids: readonly string[], archive: ArchiveSettings, urls: SiteUrls): TopicChip[] {
  return ids.map((id) => ({ id, name: archive.topicById.get(id)?.name ?? id, url: urls.topic(id) }));
}

export function whenLabel(report: ReportBasics): string {
  return report.meta.date ? dateLabel(report.meta.date) : yearLabel(report.meta.year);
}

export function toReportCard(report: ReportBasics, archive: ArchiveSettings, urls: SiteUrls): ReportCard {
  return {
    slug: report.slug,
    url: urls.report(report.slug),
    title: report.meta.title,
    issuer: report.meta.issuer,
    when: whenLabel(report),
    typeLabel: typeLabels[report.meta.type],
    region: regionLabel(report),
    topics: topicChips(report.topics, archive, urls),
    lang: langOfScript(report.meta.script),
  };
}
