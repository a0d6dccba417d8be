import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, relative, sep } from 'node:path';
import type { MarkdownIt } from 'markdown-it';
import type { Tagger } from '../topics/tagger.ts';
import type { Diagnostic } from '../validation/diagnostic.ts';
import { buildSections } from './build-sections.ts';
import { decodeReportFile } from './decode-file.ts';
import { parseReportFrontMatter } from './parse-front-matter.ts';
import { resolveImages } from './resolve-images.ts';
import type { Report } from './types.ts';
import { reportSlugPattern } from '../site/urls.ts';

interface ReadContext {
  /** False when only validating: sections get no HTML and images are not measured. */
  render: boolean;
  md: MarkdownIt;
  tagger: Tagger;
  topicIds: ReadonlySet<string>;
  /** Vocabulary order, used to order a report's topics. */
  topicOrder: ReadonlyMap<string, number>;
  root: string;
  contentDir: string;
  base: string;
  now?: Date;
}

interface ReadResult {
  report?: Report;
  diagnostics: Diagnostic[];
  /** Doubts that leave the report valid, such as a region that is not a known division. */
  warnings: Diagnostic[];
}

/** Reads one report file: every problem becomes a diagnostic; a report comes back only if there were none. */
export async function readReport(file: string, context: ReadContext): Promise<ReadResult> {
  const bytes = new Uint8Array(await readFile(file));
  const decoded = decodeReportFile(file, bytes);
  if ('diagnostic' in decoded) return { diagnostics: [decoded.diagnostic], warnings: [] };

  const slug = basename(file, '.md');
  const diagnostics: Diagnostic[] = [];
  if (!reportSlugPattern.test(slug)) {
    diagnostics.push({
      file,
      line: 0,
      field: 'file',
      message: `文件名「${slug}」不能作为网址`,
      hint: '文件名只用小写英文字母、数字和连字符，例如 qingfeng-2020-summary.md',
    });
  }

  const front = parseReportFrontMatter(file, decoded.text, context.topicIds, context.now);
  diagnostics.push(...front.diagnostics);
  const warnings = front.warnings;
  // Without a front matter there is no telling where the body starts: one problem, not a cascade.
  if (!front.bodyFound) return { diagnostics, warnings };

  const env = {};
  const tokens = context.md.parse(front.body, env);
  const images = await resolveImages(tokens, {
    file,
    bodyLine: front.bodyLine,
    contentDir: context.contentDir,
    base: context.base,
  });
  diagnostics.push(...images.diagnostics);

  const built = buildSections(context.md, tokens, {
    render: context.render,
    file,
    bodyLine: front.bodyLine,
    topicIds: context.topicIds,
    tagger: context.tagger,
    env: { images: images.rendered },
  });
  diagnostics.push(...built.diagnostics);

  if (diagnostics.length > 0 || !front.meta) return { diagnostics, warnings };

  const topics = new Set([...built.sections.flatMap((section) => section.topics), ...front.meta.topics]);
  const order = (id: string) => context.topicOrder.get(id) ?? Number.MAX_SAFE_INTEGER;
  return {
    diagnostics,
    warnings,
    report: {
      slug,
      file,
      sourcePath: relative(context.root, file).split(sep).join('/'),
      sha256: createHash('sha256').update(bytes).digest('hex'),
      meta: front.meta,
      sections: built.sections,
      topics: [...topics].sort((a, b) => order(a) - order(b)),
      images: images.sources,
    },
  };
}
