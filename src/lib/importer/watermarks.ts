import { escapeRegExp } from '../text/escape-regexp.ts';
import { foldText } from '../text/fold.ts';
import type { Catalogue } from './catalogue.ts';
import type { Removal, SourceLine } from './removals.ts';
import { bureauName } from './slug.ts';

/**
 * Phrases a site splices into report sentences: its name and address, slogans
 * it also prints on lines of their own, spam the catalogue lists. Only phrases
 * that cannot be report wording are used (no bureau names, no document words).
 */
export function watermarkPhrases(
  siteNames: readonly string[],
  repeatedLines: readonly string[],
  catalogue: Catalogue,
): string[] {
  const phrases = new Set<string>(catalogue.inlineSpam);
  for (const name of siteNames) if (Array.from(name).length >= 3 || /\./.test(name)) phrases.add(name);
  for (const line of repeatedLines) if (Array.from(line).length >= 4) phrases.add(line);
  // 沛县教育 names a 公众号 and is also how a report speaks of its county's schools: such a name is cut only where it stands alone.
  const reportWording = (phrase: string) =>
    foldText(phrase).includes('教育') && !catalogue.siteNameEnding.test(foldText(phrase));
  return [...phrases]
    .filter(
      (phrase) =>
        !bureauName.test(foldText(phrase)) &&
        !reportWording(phrase) &&
        !catalogue.documentTypes.some((entry) => entry.words.some((word) => foldText(phrase).includes(word))),
    )
    .sort((a, b) => b.length - a.length);
}

const sloganRest = /^[·•|｜\-—–:：]\s*[^。，；！？,;!?]{1,20}$/u;

/**
 * Cuts watermark phrases and the catalogue's inline attributions out of body
 * lines, reporting each cut; brackets left empty around a cut phrase go too.
 */
export function removeWatermarks(
  lines: readonly SourceLine[],
  phrases: readonly string[],
  catalogue: Catalogue,
): { lines: SourceLine[]; removals: Removal[] } {
  const removals: Removal[] = [];
  // The catalogue's patterns first: an attribution such as （更多范文请访问：某某网） goes whole, site name included.
  const patterns = [...catalogue.inlinePatterns];
  if (phrases.length > 0) {
    const names = [...new Set(phrases.map((phrase) => foldText(phrase)))].map(escapeRegExp).join('|');
    // A bracket that names the site (（知墨文档 zhimo-doc.example.com 整理）) goes whole.
    patterns.push(
      new RegExp(`[（(【\\[][^（()）【】\\[\\]]{0,20}(?:${names})[^（()）【】\\[\\]]{0,30}[）)】\\]]`, 'gu'),
    );
    // ——某某范本网 between two sentences: the dash that introduced the name goes with it.
    // Its address may follow the name (某某网 www.example.com): both go.
    patterns.push(
      new RegExp(
        `(?:—{1,2}|-{2})?[（(【\\[]?(?:${names})(?:整理|提供|发布|收集|原创)?(?:\\s*(?:https?://)?[a-z0-9-]+(?:\\.[a-z0-9-]+)+)?[）)】\\]]?`,
        'gu',
      ),
    );
  }
  // The spaces a site put around its watermark go with it.
  const spaced = patterns.map(
    (pattern) => new RegExp(`[ \\u3000]{0,4}(?:${pattern.source})[ \\u3000]{0,4}`, pattern.flags),
  );
  const out = lines.flatMap((line) => {
    let text = line.text;
    // Matched in folded text (one script, lower case, same length), so a Traditional page's 免費下載 is found too.
    let folded = foldText(text);
    for (const pattern of spaced) {
      const found = [...folded.matchAll(pattern)].filter((match) => match[0] !== '');
      for (const match of found)
        removals.push({
          line: line.no,
          text: text.slice(match.index, match.index + match[0].length).trim(),
          rule: 'watermark',
        });
      for (const match of found.reverse()) {
        const end = match.index + match[0].length;
        text = text.slice(0, match.index) + text.slice(end);
        folded = folded.slice(0, match.index) + folded.slice(end);
      }
    }
    // 稠州新闻网 · 记录义乌每一天: the slogan after the site's name and a separator goes with it.
    if (text !== line.text && sloganRest.test(text.trim())) {
      removals.push({ line: line.no, text: text.trim(), rule: 'watermark' });
      return [];
    }
    return text.trim() === '' ? [] : [{ ...line, text: text.trim() }];
  });
  return { lines: out, removals };
}
