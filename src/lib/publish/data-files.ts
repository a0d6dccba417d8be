import type { Catalogue } from '../archive/types.ts';
import type { SiteUrls } from '../site/urls.ts';
import { fixityManifest, reportRows, reportsCsv, reportsJson, sectionsCsv, type ReportRow } from './data-export.ts';

const rowsByArchive = new WeakMap<Catalogue, ReportRow[]>();

function rows(archive: Catalogue, urls: SiteUrls, origin: string): ReportRow[] {
  let cached = rowsByArchive.get(archive);
  if (!cached) {
    cached = reportRows(archive, urls, origin);
    rowsByArchive.set(archive, cached);
  }
  return cached;
}

interface DataFile {
  /** Media type served with the file. */
  type: string;
  /** What the file holds, for the about page. */
  description: string;
  render(archive: Catalogue, urls: SiteUrls, origin: string): string;
}

/** Every file under /data/, by name. */
export const dataFiles: Record<string, DataFile> = {
  'reports.json': {
    type: 'application/json; charset=utf-8',
    description: '全部报告的元数据和各节（锚点、标题、主题、字数），JSON 格式',
    render: (archive, urls, origin) => reportsJson(rows(archive, urls, origin)),
  },
  'reports.csv': {
    type: 'text/csv; charset=utf-8',
    description: '每篇报告一行：标题、发文单位、地区、层级、年份、日期、类型、主题、出处和 SHA-256',
    render: (archive, urls, origin) => reportsCsv(rows(archive, urls, origin)),
  },
  'sections.csv': {
    type: 'text/csv; charset=utf-8',
    description: '每一节一行：所属报告、锚点、链接、标题、主题和字数',
    render: (archive, urls, origin) => sectionsCsv(rows(archive, urls, origin)),
  },
  'manifest.json': {
    type: 'application/json; charset=utf-8',
    description: '校验清单：每篇报告的源文件和 SHA-256，用来核对副本或引文',
    render: fixityManifest,
  },
};

/** The open data files as links: name, address and what each holds. */
export function dataFileLinks(urls: SiteUrls): { name: string; url: string; description: string }[] {
  return Object.entries(dataFiles).map(([name, file]) => ({
    name,
    url: urls.asset(`data/${name}`),
    description: file.description,
  }));
}
