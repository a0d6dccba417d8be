import type { Report } from '../archive/types.ts';
import { assessConfidence, type Confidence } from '../importer/confidence.ts';
import { extractMetadata } from '../importer/metadata.ts';
import { isPlaceholder } from '../importer/place-names.ts';
import { goodTitleScore, scoreTitle } from '../importer/title.ts';
import { foldText } from '../text/fold.ts';

const sameRegion = (a: Report['meta']['region'], b: Report['meta']['region']) =>
  (['province', 'city', 'county'] as const).every((part) => foldText(a[part] ?? '') === foldText(b[part] ?? ''));

/**
 * How far a report file's text supports its metadata, measured the way the
 * importer measures it. A field the reviewer set to something other than what
 * the text suggests counts as checked by a person and is fully trusted.
 */
export function metadataConfidence(report: Report): Confidence {
  const { meta } = report;
  const paragraphs = report.sections.flatMap((section) => [section.heading ?? '', ...section.text.split('\n')]).filter(Boolean);
  const read = extractMetadata(meta.title, paragraphs);
  const confidence = assessConfidence(meta, {
    title: { sure: (scoreTitle(meta.title)?.score ?? 0) >= goodTitleScore },
    type: read.type === meta.type ? read.evidence.type : 'title',
    year: read.year === meta.year ? read.evidence.year : 'title',
    region: isPlaceholder(meta.issuer) ? 'placeholder' : sameRegion(read.region, meta.region) ? read.regionEvidence : 'unique',
  });
  if (read.type !== meta.type) confidence.type = { score: 1, reason: '审核人改过' };
  if (read.year !== meta.year) confidence.year = { score: 1, reason: '审核人改过' };
  if (!isPlaceholder(meta.issuer) && !sameRegion(read.region, meta.region)) confidence.region = { score: 1, reason: '审核人改过' };
  confidence.overall = Math.min(...(['title', 'type', 'year', 'date', 'region'] as const).map((field) => confidence[field].score));
  return confidence;
}
