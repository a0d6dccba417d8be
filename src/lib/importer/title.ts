import { foldHanText, foldText } from '../text/fold.ts';
import { bureauName } from './slug.ts';
import { importCatalogue, type Catalogue } from './catalogue.ts';
import { chromeRuleOf } from './chrome-lines.ts';
import { mentionedDivisions } from './place-names.ts';
import { markerOf } from './structure.ts';

/** Removes what template sites add around a title (范文, (通用3篇), .docx, - 站名), as listed in the catalogue. */
export function cleanTitle(raw: string, catalogue: Catalogue = importCatalogue()): string {
  let title = raw.trim();
  // Decorations dress titles; a line longer than any title is left as it is.
  if (title.length > 200) return title;
  // Matched with its Chinese folded, so 工作總結（精選） loses its decoration as 工作总结（精选） does.
  let folded = foldHanText(title);
  for (let changed = true; changed; ) {
    changed = false;
    for (const pattern of catalogue.titleDecorations) {
      const match = pattern.exec(folded);
      const next = match ? title.slice(0, match.index) + title.slice(match.index + match[0].length) : title;
      if (next !== title && next.trim().length > 0) {
        title = next.trim();
        folded = foldHanText(title);
        changed = true;
      }
    }
  }
  return title;
}

/** A title as compared for repetition: decorations, spacing and punctuation do not count. */
export function titleKey(text: string): string {
  return foldText(cleanTitle(text)).replace(/[\s\p{P}]/gu, '');
}

const yearPattern = /(?:19|20)\d{2}|20[xX×]{2}|二[〇零○][一二三四五六七八九〇零○xX×]{2}|[xX×]{2,4}年/;
const placeholderPlace = /[xX×*＊]{1,3}[省市县区旗]/u;

export interface TitleScore {
  /** The title with site decorations removed. */
  title: string;
  score: number;
  /** Which parts of the title grammar it has, for the reviewer. */
  parts: { issuer: boolean; year: boolean; documentType: boolean };
}

/**
 * How much a line reads like a report title, by the grammar such titles
 * follow: [issuer or place] [year] [subject] document-type word, one short
 * line without sentence punctuation. Chrome, collection titles, numbered
 * headings and subtitles score low, so they are never chosen over a real title.
 */
export function scoreTitle(raw: string, catalogue: Catalogue = importCatalogue()): TitleScore | undefined {
  const title = cleanTitle(raw, catalogue);
  const folded = foldText(title);
  const length = Array.from(title).length;
  if (length < 4 || length > 60 || /[。！？!?；;]/.test(title.replace(/[。！？!?]$/, ''))) return undefined;
  if (!/\p{Script=Han}/u.test(title) || !balanced(title)) return undefined;
  const documentType = catalogue.documentTypes.some((entry) => entry.words.some((word) => folded.includes(word)));
  const endsWithType = catalogue.documentTypes.some((entry) =>
    entry.words.some((word) => folded.replace(/[）)》」]+$/, '').endsWith(word)),
  );
  const issuer = bureauName.test(folded) || placeholderPlace.test(folded) || mentionedDivisions(folded).size > 0;
  const year = yearPattern.test(folded);
  let score =
    (endsWithType ? 5 : documentType ? 3 : 0) +
    (issuer ? 2 : 0) +
    (year ? 2 : 0) +
    (length >= 8 && length <= 40 ? 1 : 0);
  if (chromeRuleOf(title, catalogue)) score -= 6;
  score -= catalogue.chromeWords.filter((word) => folded.toLowerCase().includes(word)).length * 2;
  if (catalogue.collectionTitles.some((pattern) => pattern.test(foldText(raw.trim())))) score -= 4;
  if (markerOf(title) !== undefined) score -= 5;
  if (/^[—–-]/.test(title)) score -= 5;
  if (catalogue.coveringDocuments.some((word) => folded.replace(/[》）)]+$/, '').endsWith(word))) score -= 4;
  if (/[，,：:]/.test(title)) score -= 2;
  return { title, score, parts: { issuer, year, documentType } };
}

/** Every opening bracket closed: a title cut out of a sentence (现将《…〈2022年工作要点) is not one. */
function balanced(text: string): boolean {
  const pairs: Record<string, string> = { '《': '》', '〈': '〉', '（': '）', '(': ')', '“': '”', '【': '】' };
  const open: string[] = [];
  for (const char of text) {
    if (pairs[char]) open.push(pairs[char]!);
    else if (Object.values(pairs).includes(char) && open.pop() !== char) return false;
  }
  return open.length === 0;
}

/** Below this a best guess is still used, but the reviewer is told the title is doubtful. */
export const goodTitleScore = 6;
