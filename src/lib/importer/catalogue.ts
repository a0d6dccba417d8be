import { readFileSync } from 'node:fs';
import jsYaml from 'js-yaml';
import { importCatalogueSchema, type ChromeRule, type ImportCatalogue } from '../schema/import-catalogue.ts';
import { escapeRegExp } from '../text/escape-regexp.ts';
import { foldHanText, foldText } from '../text/fold.ts';
import type { ReportType } from '../schema/report.ts';

/** A chrome rule made ready to test lines: its words, lines and patterns in one place. */
interface CompiledChromeRule {
  id: string;
  maxLength: number;
  notInSentences: boolean;
  numberedToo: boolean;
  /** `line` folded to Simplified; `lower` the same in lower case; `bare` that without brackets and doubled spaces. */
  test(line: string, lower: string, bare: string): boolean;
}

/** The catalogue with its patterns compiled, as the importer's steps use it. */
export interface Catalogue {
  chrome: CompiledChromeRule[];
  chromeWords: string[];
  /** A line opening with a reading-list marker (推荐阅读, 【相关文章】). */
  tailMarkers: RegExp;
  /** A line ending with one, after the page's title (…工作计划篇1相关文章：). */
  tailMarkerEnd: RegExp;
  cutOffs: RegExp[];
  /** A 信息公开 key: value field, such as 索 引 号：411922-12-2021-00003 or 效力状态：有效. */
  metadataField: RegExp;
  /** A 名称：/标题： field; group 1 is the title it gives. */
  metadataTitleField: RegExp;
  inlineSpam: string[];
  /** Endings of advertisers' search phrases, folded to Simplified. */
  spamQueries: string[];
  /** Words only an advertisement says, folded to Simplified. */
  adWords: string[];
  /** Places outside the mainland divisions that advertisers' phrases open with, folded. */
  spamPlaces: string[];
  /** Calls to action after an advertiser's phrase (就选), folded. */
  spamCalls: string[];
  inlinePatterns: RegExp[];
  headingEndings: string[];
  /** Any of the bureau names, longest first so 教育体育局 is not read as 教育局 plus text. */
  bureauName: RegExp;
  siteNameEnding: RegExp;
  documentTypes: { type: ReportType; words: string[] }[];
  coveringDocuments: string[];
  titleDecorations: RegExp[];
  collectionTitles: RegExp[];
  reportMarkers: RegExp[];
  /** Words a collection's own numbered markers name (范文, 稿) besides document words, folded. */
  markerWords: string[];
}

const catalogueFile = new URL('./catalogue.yml', import.meta.url);

let cached: Catalogue | undefined;

/** The importer's catalogue, read and checked once; a broken catalogue is a programming error and throws. */
export function importCatalogue(): Catalogue {
  cached ??= compileCatalogue(readCatalogue(readFileSync(catalogueFile, 'utf8')));
  return cached;
}

export function readCatalogue(yaml: string): ImportCatalogue {
  let data: unknown;
  try {
    data = jsYaml.load(yaml);
  } catch (error) {
    throw new Error(`导入目录 catalogue.yml 有误：不是有效的 YAML：${(error as Error).message.split('\n')[0]}`);
  }
  const parsed = importCatalogueSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || '（顶层）'}: ${issue.message}`)
      .join('\n');
    throw new Error(`导入目录 catalogue.yml 有误：\n${problems}`);
  }
  return parsed.data;
}

/**
 * Patterns are compiled with their Chinese characters folded (foldHanText), as the lines they are matched
 * against are: folding writes 著 as 着, so a pattern for 著作权 must too.
 */
const compiled = (source: string, flags: string) => new RegExp(foldHanText(source), flags);
const folded = (words: readonly string[]) => words.map((word) => foldText(word).toLowerCase());
const anyOf = (words: readonly string[]) => words.map(escapeRegExp).join('|');

function compileRule(rule: ChromeRule): CompiledChromeRule {
  const words = folded(rule.words);
  const lines = new Set(folded(rule.lines).map((line) => line.replace(/\s+/g, ' ')));
  const patterns = rule.patterns.map((source) => compiled(source, 'iu'));
  return {
    id: rule.id,
    maxLength: rule.maxLength,
    notInSentences: rule.notInSentences,
    numberedToo: rule.numberedToo,
    test: (line, lower, bare) =>
      lines.has(bare) || words.some((word) => lower.includes(word)) || patterns.some((pattern) => pattern.test(line)),
  };
}

/**
 * The key: value pattern of 信息公开 fields. A value is a date (with a time), a
 * document number, a known value (有效, 主动公开), an identifier, or the next run
 * without spaces. Pages space out their labels (索 引 号), so a key matches with
 * spaces between its characters.
 */
function fieldValue(knownValues: string): string {
  return [
    String.raw`(?:19|20)\d{2}[-年./]\d{1,2}[-月./]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?`,
    String.raw`\S{0,6}[〔［\[(（](?:19|20)\d{2}[〕］\])）]\d+号`,
    knownValues,
    String.raw`[A-Za-z0-9〔〕[\]（）()/_\-号]+(?=\s|\p{Script=Han})`,
    String.raw`\S*?(?=\s|$)`,
  ].join('|');
}

function metadataPatterns(
  keyWords: readonly string[],
  valueWords: readonly string[],
): { metadataField: RegExp; metadataTitleField: RegExp } {
  const keys = keyWords.map((key) => Array.from(key, escapeRegExp).join('\\s*')).join('|');
  const values = [...valueWords]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  return {
    metadataField: new RegExp(`(?:${keys})\\s*[:：]\\s*(?:${fieldValue(values)})`, 'gu'),
    metadataTitleField: new RegExp(`(?:名称|标题|信息名称)\\s*[:：]\\s*(\\S.*?)(?=\\s+(?:${keys})\\s*[:：]|$)`, 'u'),
  };
}

export function compileCatalogue(data: ImportCatalogue): Catalogue {
  return {
    chrome: data.chrome.map(compileRule),
    chromeWords: folded(data.chromeWords),
    tailMarkers: new RegExp(
      `^(?:[\\s【〖\\[(（]*|[【〖][^】〗]{0,30}[】〗])(?:${anyOf(folded(data.tailMarkers))})`,
      'iu',
    ),
    tailMarkerEnd: new RegExp(`(?:${anyOf(folded(data.tailMarkers))})[\\s:：】〗\\])）>》]*$`, 'iu'),
    cutOffs: data.cutOffs.map((source) => compiled(source, 'iu')),
    ...metadataPatterns(data.metadataKeys, data.metadataValues),
    inlineSpam: data.inlineSpam,
    spamQueries: folded(data.spamQueries),
    adWords: folded(data.adWords),
    spamPlaces: folded(data.spamPlaces),
    spamCalls: folded(data.spamCalls),
    inlinePatterns: data.inlinePatterns.map((source) => compiled(source, 'giu')),
    headingEndings: data.headingEndings,
    bureauName: new RegExp(anyOf([...data.bureauNames].map(foldText).sort((a, b) => b.length - a.length))),
    siteNameEnding: new RegExp(`(?:${anyOf(data.siteNameEndings.map(foldText))})$`, 'u'),
    documentTypes: data.documentTypes.map((entry) => ({ type: entry.type, words: folded(entry.words) })),
    coveringDocuments: folded(data.coveringDocuments),
    titleDecorations: data.titleDecorations.map((source) => compiled(source, 'iu')),
    collectionTitles: data.collectionTitles.map((source) => compiled(source, 'iu')),
    reportMarkers: data.reportMarkers.map((source) => compiled(source, 'iu')),
    markerWords: [...folded(data.markerWords), ...data.documentTypes.flatMap((entry) => folded(entry.words))],
  };
}
