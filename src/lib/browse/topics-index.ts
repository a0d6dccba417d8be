import type { Catalogue } from '../archive/types.ts';
import type { SiteUrls } from '../site/urls.ts';

interface TopicSummary {
  id: string;
  name: string;
  nameHant: string;
  nameEn: string;
  description: string;
  url: string;
  sectionCount: number;
  reportCount: number;
}

/** Every topic of the vocabulary with how many sections and reports carry it. */
export function topicSummaries(archive: Catalogue, urls: SiteUrls): TopicSummary[] {
  const sections = new Map<string, number>();
  const reports = new Map<string, number>();
  for (const report of archive.reports) {
    for (const id of report.topics) reports.set(id, (reports.get(id) ?? 0) + 1);
    for (const section of report.sections) {
      for (const id of section.topics) sections.set(id, (sections.get(id) ?? 0) + 1);
    }
  }
  return archive.topics.map((topic) => ({
    id: topic.id,
    name: topic.name,
    nameHant: topic.name_hant,
    nameEn: topic.name_en,
    description: topic.description,
    url: urls.topic(topic.id),
    sectionCount: sections.get(topic.id) ?? 0,
    reportCount: reports.get(topic.id) ?? 0,
  }));
}
