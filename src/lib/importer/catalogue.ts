import { readFileSync } from 'node:fs';
import jsYaml from 'js-yaml';
import { importCatalogueSchema, type ChromeRule, type ImportCatalogue } from '../schema/import-catalogue.ts';
import { foldText } from '../text/fold.ts';
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
  tailMarkers: RegExp;
  cutOffs: RegExp[];
  metadataKeys: string[];
  metadataValues: string[];
  inlineSpam: string[];
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
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '（顶层）'}: ${issue.message}`).join('\n');
    throw new Error(`导入目录 catalogue.yml 有误：\n${problems}`);
  }
  return parsed.data;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const folded = (words: readonly string[]) => words.map((word) => foldText(word).toLowerCase());
const anyOf = (words: readonly string[]) => words.map(escape).join('|');

function compileRule(rule: ChromeRule): CompiledChromeRule {
  const words = folded(rule.words);
  const lines = new Set(folded(rule.lines).map((line) => line.replace(/\s+/g, ' ')));
  const patterns = rule.patterns.map((source) => new RegExp(source, 'iu'));
  return {
    id: rule.id,
    maxLength: rule.maxLength,
    notInSentences: rule.notInSentences,
    numberedToo: rule.numberedToo,
    test: (line, lower, bare) => lines.has(bare) || words.some((word) => lower.includes(word)) || patterns.some((pattern) => pattern.test(line)),
  };
}

export function compileCatalogue(data: ImportCatalogue): Catalogue {
  return {
    chrome: data.chrome.map(compileRule),
    chromeWords: folded(data.chromeWords),
    tailMarkers: new RegExp(`^(?:[\\s【〖\\[(（]*|[【〖][^】〗]{0,30}[】〗])(?:${anyOf(folded(data.tailMarkers))})`, 'iu'),
    cutOffs: data.cutOffs.map((source) => new RegExp(source, 'iu')),
    metadataKeys: data.metadataKeys,
    metadataValues: data.metadataValues,
    inlineSpam: data.inlineSpam,
    inlinePatterns: data.inlinePatterns.map((source) => new RegExp(source, 'gu')),
    headingEndings: data.headingEndings,
    bureauName: new RegExp(anyOf([...data.bureauNames].map(foldText).sort((a, b) => b.length - a.length))),
    siteNameEnding: new RegExp(`(?:${anyOf(data.siteNameEndings.map(foldText))})$`, 'u'),
    documentTypes: data.documentTypes.map((entry) => ({ type: entry.type, words: folded(entry.words) })),
    coveringDocuments: folded(data.coveringDocuments),
    titleDecorations: data.titleDecorations.map((source) => new RegExp(source, 'iu')),
    collectionTitles: data.collectionTitles.map((source) => new RegExp(source, 'iu')),
    reportMarkers: data.reportMarkers.map((source) => new RegExp(source, 'iu')),
  };
}
