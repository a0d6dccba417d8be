import type { ReportFrontMatterInput } from '../schema/report.ts';
import type { Evidence } from './metadata.ts';
import { goodTitleScore, scoreTitle } from './title.ts';

export const confidenceFields = ['title', 'type', 'year', 'date', 'region'] as const;
type ConfidenceField = (typeof confidenceFields)[number];

interface FieldConfidence {
  /** 0 (a guess) to 1 (read from the title or a signature as written). */
  score: number;
  /** Where the value came from, in Chinese, for the reviewer. */
  reason: string;
}

export type Confidence = Record<ConfidenceField, FieldConfidence> & { overall: number };

/** Below this a field is listed first for the reviewer. */
export const lowConfidence = 0.7;

interface Evidences {
  title: { sure: boolean };
  type: Evidence;
  year: Evidence;
  /** Official divisions matched by the region: none, one, or several (a name found in several provinces). */
  region: 'placeholder' | 'none' | 'unique' | 'ambiguous' | 'unknown';
}

/**
 * How far the text supports each field the importer filled in. It measures
 * the evidence, not the truth: a year read from the title is as sure as the
 * title; a year taken from the first date in the text is a guess.
 */
export function assessConfidence(meta: ReportFrontMatterInput, evidence: Evidences): Confidence {
  const titleScore = scoreTitle(meta.title)?.score ?? 0;
  const title: FieldConfidence = evidence.title.sure
    ? { score: titleScore >= goodTitleScore + 3 ? 1 : 0.85, reason: '标题符合“单位＋年份＋文种”的写法' }
    : { score: 0.3, reason: '没有找到符合“单位＋年份＋文种”写法的标题，这是最接近的一行' };
  const type: FieldConfidence =
    evidence.type === 'title'
      ? { score: 1, reason: '标题里的文种词' }
      : evidence.type === 'text'
        ? { score: 0.6, reason: '标题没有文种词，按正文开头推定' }
        : { score: 0.3, reason: '标题和正文都看不出文种，填了 other' };
  const yearReasons: Record<Evidence, FieldConfidence> = {
    title: { score: 1, reason: meta.year === null ? '标题隐去了年份' : '标题里的年份' },
    date: { score: 0.85, reason: '副标题或落款的日期' },
    text: {
      score: meta.year === null ? 0.6 : 0.55,
      reason: meta.year === null ? '正文开头隐去了年份' : '正文最先提到的年份',
    },
    none: { score: 0.4, reason: '原文没有写年份' },
  };
  const date: FieldConfidence = meta.date
    ? { score: 0.9, reason: '副标题或落款的日期' }
    : { score: 1, reason: '原文没有写日期' };
  const regionReasons: Record<Evidences['region'], FieldConfidence> = {
    placeholder: { score: 1, reason: '原文隐去了地名，照原样保留' },
    unique: { score: 1, reason: '地名与行政区划一致' },
    ambiguous: { score: 0.5, reason: '同名的行政区划不止一个，正文线索分不出，暂取第一个' },
    unknown: { score: 0.5, reason: '地名不在行政区划中，照原文填写' },
    none: { score: 0.6, reason: '原文没有写出地名' },
  };
  const fields = { title, type, year: yearReasons[evidence.year], date, region: regionReasons[evidence.region] };
  return { ...fields, overall: Math.min(...Object.values(fields).map((field) => field.score)) };
}

const fieldLabels: Record<ConfidenceField, string> = {
  title: '标题',
  type: '类型',
  year: '年份',
  date: '日期',
  region: '地区',
};

/** The fields the text supports least, weakest first, each as a line for the reviewer. */
export function lowConfidenceNotes(confidence: Confidence): string[] {
  return confidenceFields
    .map((field) => ({ field, ...confidence[field] }))
    .filter((entry) => entry.score < lowConfidence)
    .sort((a, b) => a.score - b.score)
    .map((entry) => `${fieldLabels[entry.field]}把握 ${entry.score.toFixed(2)}：${entry.reason}`);
}
