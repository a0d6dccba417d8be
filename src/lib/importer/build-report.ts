import type { ReportFrontMatterInput } from '../schema/report.ts';
import type { Tagger } from '../topics/tagger.ts';
import { assessConfidence, type Confidence } from './confidence.ts';
import { findConverterSuspects } from './converter-suspects.ts';
import type { ImportOptions } from './import-text.ts';
import { extractMetadata } from './metadata.ts';
import { isPlaceholder } from './place-names.ts';
import { findStructure } from './structure.ts';
import { reportMarkdown, type TaggedBlock } from './write-report.ts';

export interface ImportedReport {
  title: string;
  meta: ReportFrontMatterInput;
  blocks: TaggedBlock[];
  /** The complete file: front matter and body. */
  markdown: string;
  /** What the reviewer should look at, in Chinese. */
  warnings: string[];
  /** How far the text supports each field filled in, lowest first in the CLI. */
  confidence: Confidence;
}

interface ReportContext {
  options: ImportOptions;
  siteName: string | undefined;
  tags: string[];
  /** Whether the title meets the title grammar rather than being a best guess. */
  titleSure: boolean;
  /** A page's tag line describes the page; it says something about a report only when the page holds one. */
  pageHasOneReport: boolean;
  /** Page text above the report (metadata fields, a covering notice): where an issuer the report never names may stand. */
  surroundings: string;
}

function tagSections(blocks: ReturnType<typeof findStructure>, tagger: Tagger): TaggedBlock[] {
  return blocks.map((block, index) => {
    if (block.kind !== 'heading' || block.depth !== 2) return block;
    const next = blocks.findIndex((other, at) => at > index && other.kind === 'heading' && other.depth === 2);
    const text = blocks
      .slice(index + 1, next < 0 ? undefined : next)
      .map((other) => other.text)
      .join('\n');
    return { ...block, topics: tagger.tag(text, block.text) };
  });
}

/** Front matter, sections with topics, warnings and confidence for one report's title and paragraphs. */
export function buildReport(title: string, paragraphs: string[], context: ReportContext): ImportedReport {
  const { tagger } = context.options;
  const metadata = extractMetadata(title, paragraphs, context.surroundings);
  const blocks = tagSections(findStructure(paragraphs), tagger);
  const hinted =
    context.tags.length > 0 && context.pageHasOneReport
      ? tagger.score(context.tags.join(' ')).map((entry) => entry.id)
      : [];
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
  const confidence = assessConfidence(meta, {
    title: { sure: context.titleSure },
    type: metadata.evidence.type,
    year: metadata.evidence.year,
    region: isPlaceholder(metadata.issuer) ? 'placeholder' : metadata.regionEvidence,
  });

  const warnings = [...metadata.notes];
  if (!context.titleSure) warnings.push(`没有找到可靠的标题，暂用“${title}”，请核对`);
  if (!sourceName) warnings.push('没有识别出来源网站，请填写 source.name（可用 --source-name）');
  if (context.tags.length > 0)
    warnings.push(
      `页面标签“${context.tags.join(' ')}”${hinted.length > 0 ? `对应主题 ${hinted.join('、')}` : '没有对应的主题'}`,
    );
  if (!sectioned) {
    warnings.push(
      '没有找到“一、”或“（一）”式的标题，全文作为一节，主题写在 front matter 的 topics；如原文有小节请补上 ## 标题',
    );
  }
  const last = paragraphs.at(-1) ?? '';
  if (!/[。！？!?”」』）)…：:]$/.test(last) && !/[年月日]$/.test(last) && !/局$/.test(last)) {
    warnings.push(`正文末尾没有句号，原文可能不完整：“…${last.slice(-12)}”`);
  }
  for (const suspect of findConverterSuspects(paragraphs, metadata.script)) {
    warnings.push(
      `疑似转换错误“${suspect.found}”（原文可能是“${suspect.likely}”）出现 ${suspect.count} 次，已按原样保留`,
    );
  }
  if (/\?{3,}|？{3,}|\uFFFD/.test(paragraphs.join('\n')))
    warnings.push('正文有成串的“?”或乱码，原文如此，已按原样保留');
  if (metadata.year === null) warnings.push('年份被隐去或未写明，year 填了 null');
  return { title, meta, blocks, markdown: reportMarkdown(meta, blocks), warnings, confidence };
}
