import type { ReportFrontMatterInput } from '../schema/report.ts';
import type { Tagger } from '../topics/tagger.ts';
import { findConverterSuspects } from './converter-suspects.ts';
import { decodeBytes, type Encoding } from './decode.ts';
import { htmlToText, looksLikeHtml } from './html-to-text.ts';
import { extractMetadata } from './metadata.ts';
import { classifyLine, findSiteName, findTail, tagWords, type NoiseKind } from './noise.ts';
import { normalizeText } from './normalize.ts';
import { joinPageSlices } from './page-slices.ts';
import { stripPinyinGlosses } from './pinyin-gloss.ts';
import { reflowLongLines } from './reflow.ts';
import { splitReports } from './split-reports.ts';
import { findStructure, markerOf, unwrapHardBreaks } from './structure.ts';
import { cleanTitle, titleKey } from './title.ts';
import { reportMarkdown, type TaggedBlock } from './write-report.ts';

export interface ImportOptions {
  tagger: Tagger;
  /** Address the page was saved from, for source.url. */
  sourceUrl?: string;
  /** Overrides the site name found in the page, for source.name. */
  sourceName?: string;
}

export interface ImportedReport {
  title: string;
  meta: ReportFrontMatterInput;
  blocks: TaggedBlock[];
  /** The complete file: front matter and body. */
  markdown: string;
  /** What the reviewer should look at, in Chinese. */
  warnings: string[];
}

export interface PageImport {
  encoding?: Encoding;
  format: 'text' | 'html';
  reports: ImportedReport[];
  /** Lines removed as site chrome, by kind. */
  removed: Partial<Record<NoiseKind | 'tail' | 'repeated-title', number>>;
  /** Page-level observations: page slices joined, pinyin removed, lines reflowed. */
  notes: string[];
}

export type ImportOutcome = ({ ok: true } & PageImport) | { ok: false; error: string };

/** Decodes raw bytes and imports them; unreadable input is an error, not an exception. */
export function importBytes(bytes: Uint8Array, options: ImportOptions): ImportOutcome {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return decoded;
  const page = importText(decoded.text, options);
  if (page.reports.length === 0) return { ok: false, error: '去掉网页杂质后没有剩下正文' };
  return { ok: true, ...page, encoding: decoded.encoding };
}

/** The whole cleaning pipeline, from page text to finished report files. */
export function importText(raw: string, options: ImportOptions): PageImport {
  const format = looksLikeHtml(raw) ? 'html' : 'text';
  const notes: string[] = [];
  const removed: PageImport['removed'] = {};
  const count = (kind: keyof PageImport['removed'], by = 1) => (removed[kind] = (removed[kind] ?? 0) + by);

  let lines = normalizeText(format === 'html' ? htmlToText(raw) : raw).split('\n');
  const slices = joinPageSlices(lines);
  if (slices.slices > 0) notes.push(`去掉了 PDF 导出留下的 ${slices.slices} 处分页编号，并把被分页截断的句子接上`);
  const reflow = reflowLongLines(slices.lines);
  if (reflow.reflowed > 0) notes.push(`${reflow.reflowed} 行超长文本按空格和“一、”等标记重新分段`);
  let glosses = 0;
  lines = reflow.lines.map((line) => {
    const stripped = stripPinyinGlosses(line);
    glosses += stripped.removed;
    return stripped.text;
  });
  if (glosses > 0) notes.push(`去掉了 ${glosses} 处字后注音，如“講(jiǎng)”`);

  const siteName = findSiteName(lines);
  const tail = findTail(lines);
  if (tail !== undefined) {
    count('tail', lines.slice(tail).filter(Boolean).length);
    lines = lines.slice(0, tail);
  }

  const tags: string[] = [];
  const kept: string[] = [];
  lines.forEach((line, index) => {
    const kind = index < 3 && line === siteName ? 'site-name' : classifyLine(line);
    if (kind === 'tag-line') tags.push(...tagWords(line));
    if (kind) count(kind);
    else kept.push(line);
  });

  const paragraphs = unwrapHardBreaks(kept).filter((line) => line !== '');
  const { prelude, parts } = splitReports(paragraphs);
  const pageTitle = cleanTitle(prelude.slice(0, 3).find((line) => isTitleLike(line)) ?? '');
  const pieces =
    parts.length > 0
      ? parts.map((part) => ({ title: part.markerTitle, lines: part.lines }))
      : [{ title: '', lines: prelude }];

  const reports = pieces.flatMap((piece) => {
    let body = piece.lines;
    let title = cleanTitle(piece.title);
    if (!title && body[0] && isTitleLike(body[0])) {
      title = cleanTitle(body[0]);
      body = body.slice(1);
    }
    const titleGuessed = !title;
    if (!title) title = pageTitle || '未命名报告';
    const before = body.length;
    // Keys of the titles a body line may repeat, worked out once rather than per line.
    const titleKeys = new Set([title, pageTitle].map(titleKey).filter((key) => key !== ''));
    body = body.filter((line) => !titleKeys.has(titleKey(line)));
    if (before > body.length) count('repeated-title', before - body.length);
    if (body.length === 0) return [];
    return [buildReport(title, body, { options, siteName, tags, titleGuessed, pageHasOneReport: pieces.length === 1 })];
  });

  return { format, reports, removed, notes };
}

/** A title is one short line, not a numbered heading such as 一、 or 第一部分. */
function isTitleLike(line: string): boolean {
  return Array.from(line).length <= 60 && !/[。！？；]/.test(line) && markerOf(line) === undefined;
}

interface ReportContext {
  options: ImportOptions;
  siteName: string | undefined;
  tags: string[];
  titleGuessed: boolean;
  /** A page's tag line describes the page; it says something about a report only when the page holds one. */
  pageHasOneReport: boolean;
}

function buildReport(title: string, paragraphs: string[], context: ReportContext): ImportedReport {
  const { tagger } = context.options;
  const metadata = extractMetadata(title, paragraphs);
  const structure = findStructure(paragraphs);
  const blocks: TaggedBlock[] = structure.map((block, index) => {
    if (block.kind !== 'heading' || block.depth !== 2) return block;
    const next = structure.findIndex((other, at) => at > index && other.kind === 'heading' && other.depth === 2);
    const text = structure
      .slice(index + 1, next < 0 ? undefined : next)
      .map((other) => other.text)
      .join('\n');
    return { ...block, topics: tagger.tag(text, block.text) };
  });

  const hinted =
    context.tags.length > 0 && context.pageHasOneReport ? tagger.score(context.tags.join(' ')).map((entry) => entry.id) : [];
  const sectioned = blocks.some((block) => block.kind === 'heading' && block.depth === 2);
  // Without ## headings there is nowhere to write section topics, so the report's own topics carry them.
  const reportTopics = [...new Set([...hinted, ...(sectioned ? [] : tagger.tag(paragraphs.join('\n'), title))])];
  const sourceName = context.options.sourceName ?? context.siteName;
  const meta: ReportFrontMatterInput = {
    title,
    issuer: metadata.issuer,
    region: metadata.region,
    level: metadata.level,
    year: metadata.year,
    ...(metadata.date ? { date: metadata.date } : {}),
    type: metadata.type,
    ...(reportTopics.length > 0 ? { topics: reportTopics } : {}),
    script: metadata.script,
    anonymized: metadata.anonymized,
    source: { name: sourceName ?? '未注明', ...(context.options.sourceUrl ? { url: context.options.sourceUrl } : {}) },
  };

  const warnings = [...metadata.notes];
  if (context.titleGuessed) warnings.push('没有找到标题，暂用页面标题或正文开头，请改正');
  if (!sourceName) warnings.push('没有识别出来源网站，请填写 source.name（可用 --source-name）');
  if (context.tags.length > 0) warnings.push(`页面标签“${context.tags.join(' ')}”${hinted.length > 0 ? `对应主题 ${hinted.join('、')}` : '没有对应的主题'}`);
  if (!sectioned) {
    warnings.push('没有找到“一、”或“（一）”式的标题，全文作为一节，主题写在 front matter 的 topics；如原文有小节请补上 ## 标题');
  }
  const last = paragraphs.at(-1) ?? '';
  if (!/[。！？!?”」』）)…：:]$/.test(last)) warnings.push(`正文末尾没有句号，原文可能不完整：“…${last.slice(-12)}”`);
  for (const suspect of findConverterSuspects(paragraphs, metadata.script)) {
    warnings.push(`疑似转换错误“${suspect.found}”（原文可能是“${suspect.likely}”）出现 ${suspect.count} 次，已按原样保留`);
  }
  if (metadata.year === null) warnings.push('年份被隐去或未写明，year 填了 null');

  return { title, meta, blocks, markdown: reportMarkdown(meta, blocks), warnings };
}
