import { pinyinSlug } from '../text/pinyin-slug.ts';
import type { ReportType } from '../schema/report.ts';
import { importCatalogue } from './catalogue.ts';

/** The name of an education bureau or department: 教育局, 教育体育局, 教育委员会 … (catalogue.yml's bureauNames). */
export const bureauName = importCatalogue().bureauName;
const bureauSuffix = new RegExp(`${bureauName.source}$`);

/**
 * A file name from the issuer's place in pinyin, the year and the type:
 * 清丰县教育局, 2020, summary → qingfengxian-2020-summary. Lowercase ASCII,
 * digits and hyphens only; `taken` receives -2, -3 … on collision.
 */
export function reportSlug(
  issuer: string,
  year: number | null,
  type: ReportType,
  taken: (slug: string) => boolean,
): string {
  const place = issuer.replace(bureauSuffix, '');
  const stem = pinyinSlug(place || issuer).slice(0, 40) || 'jiaoyuju';
  const base = [stem, year ?? undefined, type].filter((part) => part !== undefined).join('-');
  let slug = base;
  for (let copy = 2; taken(slug); copy += 1) slug = `${base}-${copy}`;
  return slug;
}
