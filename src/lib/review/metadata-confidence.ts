import type { Report } from '../archive/types.ts';
import { reportParagraphs } from './review-notes.ts';
import { assessConfidence, confidenceFields, type Confidence } from '../importer/confidence.ts';
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
  const read = extractMetadata(meta.title, reportParagraphs(report));
  const reviewed = {
    type: read.type !== meta.type,
    year: read.year !== meta.year,
    region: !isPlaceholder(meta.issuer) && !sameRegion(read.region, meta.region),
  };
  const confidence = assessConfidence(meta, {
    title: { sure: (scoreTitle(meta.title)?.score ?? 0) >= goodTitleScore },
    type: read.evidence.type,
    year: read.evidence.year,
    region: isPlaceholder(meta.issuer) ? 'placeholder' : read.regionEvidence,
  });
  for (const field of ['type', 'year', 'region'] as const)
    if (reviewed[field]) confidence[field] = { score: 1, reason: '审核人改过' };
  confidence.overall = Math.min(...confidenceFields.map((field) => confidence[field].score));
  return confidence;
}
