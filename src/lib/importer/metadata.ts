import type { Level, ReportType, Script } from '../schema/report.ts';
import { foldChar, foldText } from '../text/fold.ts';
import { countHan } from '../text/cjk.ts';
import { importCatalogue, type Catalogue } from './catalogue.ts';
import { dateLineDate, parseDate, parseYear } from './dates.ts';
import { findIssuer } from './issuer.ts';
import { findRegion, type IssuerRegion } from './issuer-region.ts';

interface ExtractedMetadata {
  issuer: string;
  region: { province?: string; city?: string; county?: string };
  level: Level;
  year: number | null;
  date?: string;
  type: ReportType;
  script: Script;
  anonymized: boolean;
  /** What a reviewer should double-check, in Chinese. */
  notes: string[];
  /** Where the type and year were read from, for the confidence of each. */
  evidence: { type: Evidence; year: Evidence };
  /** How the region matched the official divisions. */
  regionEvidence: IssuerRegion['evidence'];
}

const placeholderYear = /20[xX×]{2}|[xX×]{2}\s*年|二〇[xX×]{2}|[xX]{4}年|201[xX×]|202[xX×]/;

export type Evidence = 'title' | 'date' | 'text' | 'none';

/**
 * The year reported on. The title decides when it shows a year or hides one;
 * a speech is dated by its subtitle or signature; otherwise the first year the
 * opening of the text mentions, unless the text hides it before that.
 */
function findYear(
  title: string,
  text: string,
  date: string | undefined,
  type: ReportType,
): { year: number | null; evidence: Evidence } {
  const titleYear = parseYear(title);
  if (titleYear !== undefined) return { year: titleYear, evidence: 'title' };
  if (placeholderYear.test(title)) return { year: null, evidence: 'title' };
  if (date && type === 'speech') return { year: Number(date.slice(0, 4)), evidence: 'date' };
  const opening = text.slice(0, 600);
  const hidden = placeholderYear.exec(opening);
  const shownAt = /(?<!\d)(?:19|20)\d{2}(?=\s*年)/.exec(opening) ?? /(?<!\d)(?:19|20)\d{2}(?=\s*年)/.exec(text);
  if (hidden && (!shownAt || hidden.index < shownAt.index)) return { year: null, evidence: 'text' };
  if (date) return { year: Number(date.slice(0, 4)), evidence: 'date' };
  if (!shownAt) return { year: null, evidence: 'none' };
  return { year: Number(shownAt[0]), evidence: 'text' };
}

/** A subtitle or signature date: a line holding little but a date, just under the title or at the very end. */
export function findDate(paragraphs: readonly string[]): string | undefined {
  for (const line of [...paragraphs.slice(0, 4), ...paragraphs.slice(-3).reverse()]) {
    const date = dateLineDate(line);
    if (date) return date;
  }
  return undefined;
}

/** 成文日期 is the day a document was signed, which a 信息公开 page gives above it; 发布日期 is only the page's. */
const writtenDateField = /(?:成文日期|发文日期|印发日期)\s*[:：]?\s*([^\s]{8,12})/u;

/** The document's own date from the 信息公开 fields around it, when its text has none. */
function writtenDate(surroundings: string): string | undefined {
  const field = writtenDateField.exec(foldText(surroundings));
  return field ? parseDate(field[1]!) : undefined;
}

/**
 * The type from the document-type words of the title (catalogue.yml): the word
 * written last decides (…总结会上的讲话 is a speech), except that a summary
 * followed by next year's plan is a summary. Without a word, the opening of the
 * text may show a speech (同志们：) or a summary (一年来).
 */
export function findType(
  title: string,
  text = '',
  catalogue: Catalogue = importCatalogue(),
): { type: ReportType; evidence: Evidence } {
  const folded = foldText(title);
  const found = catalogue.documentTypes
    .flatMap((entry) =>
      entry.words.map((word) => ({
        type: entry.type,
        at: folded.lastIndexOf(word),
        end: folded.lastIndexOf(word) + word.length,
      })),
    )
    .filter((match) => match.at >= 0);
  if (found.length > 0) {
    const summary = found.find((match) => match.type === 'summary');
    const last = found.sort((a, b) => b.end - a.end || a.at - b.at)[0]!;
    if (last.type === 'plan' && summary && summary.at < last.at) return { type: 'summary', evidence: 'title' };
    return { type: last.type, evidence: 'title' };
  }
  const opening = foldText(text.slice(0, 300));
  if (/^(尊敬的|各位|同志们|老师们|同学们)|(同志们|朋友们)[：:!！,，]/.test(opening))
    return { type: 'speech', evidence: 'text' };
  if (/一年来|半年来|回顾.{0,6}(一年|工作)|现将.{0,20}总结如下/.test(opening))
    return { type: 'summary', evidence: 'text' };
  if (/指导思想|总体思路|工作目标|主要任务|工作要点如下/.test(opening)) return { type: 'plan', evidence: 'text' };
  return { type: 'other', evidence: 'none' };
}

/** Traditional when a noticeable share (and more than a stray few) of the Han characters change under folding. */
export function findScript(text: string): Script {
  const traditional = countHan(text, (code) => foldChar(code) !== code);
  return traditional >= 3 && traditional / countHan(text) > 0.05 ? 'zh-Hant' : 'zh-Hans';
}

const placeholders =
  /[xX×]{2,}|[*＊]{2,}|(?<=[\p{Script=Han}“"])[xX×*＊](?=[\p{Script=Han}”"])|(?<=\p{Script=Han})[*＊×](?=$|[\s，,。：:；;、）)])/mu;

export function isAnonymized(text: string): boolean {
  return placeholders.test(text);
}

export function extractMetadata(title: string, paragraphs: readonly string[], surroundings = ''): ExtractedMetadata {
  const text = paragraphs.join('\n');
  const notes: string[] = [];
  const issuer = findIssuer(title, text, surroundings, notes);
  const { region, level, evidence: regionEvidence } = findRegion(issuer, `${title}\n${text}`, notes);
  const date = findDate(paragraphs) ?? writtenDate(surroundings);
  const type = findType(title, text);
  const year = findYear(title, text, date, type.type);
  return {
    issuer: issuer.issuer,
    region,
    level,
    year: year.year,
    ...(date ? { date } : {}),
    type: type.type,
    script: findScript(`${title}${text}`),
    anonymized: isAnonymized(`${title}\n${text}`),
    notes,
    evidence: { type: type.evidence, year: year.evidence },
    regionEvidence,
  };
}
