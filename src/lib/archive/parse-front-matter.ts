import jsYaml from 'js-yaml';
import { splitFrontMatter } from '../markdown/front-matter.ts';
import { checkRegion } from '../places/check-region.ts';
import { reportFrontMatterSchema, type ReportFrontMatter } from '../schema/report.ts';
import type { Diagnostic } from '../validation/diagnostic.ts';
import { issuesToDiagnostics } from '../validation/schema-issues.ts';
import { parseYamlDocument, type YamlPath } from '../validation/yaml-document.ts';

const hints: Record<string, string> = {
  title: '写报告的标题，例如 title: 清丰县教育局2020年工作总结',
  issuer: '写发文单位，原文隐去的保留原样，例如 issuer: XX县教育局',
  year: '写成 year: 2020；原文隐去年份（20xx、XX年）时写 year: null',
  date: '例如 date: 2020-11-26',
  type: 'summary 总结 | plan 计划、要点、思路 | speech 讲话、致辞 | report 报告 | other 其他',
  level: 'province 省级 | city 市级 | district 区级 | county 县级 | unknown 不详',
  script: 'zh-Hans 简体 | zh-Hant 繁体',
  anonymized: '原文用 xx、XX、** 等隐去了名称或数字时写 true',
  topics: '主题 id 见 content/topics.yml，例如 topics: [finance, teachers]',
  source: '写明出处，例如 source: { name: 某范文网, url: https://… }',
  'source.name': '写明文本从哪里找到，例如网站名称',
  'source.url': '写完整网址，例如 https://example.org/a.html',
  region: '例如 region: { province: 河南省, city: 濮阳市, county: 清丰县 }',
};

const fieldsByPath: Record<string, readonly string[]> = {
  '': ['title', 'issuer', 'region', 'level', 'year', 'date', 'type', 'topics', 'script', 'anonymized', 'source'],
  region: ['province', 'city', 'county'],
  source: ['name', 'url', 'note'],
};

interface ParsedFrontMatter {
  meta?: ReportFrontMatter;
  /** False when the front matter is missing or unterminated, so the body is unknown. */
  bodyFound: boolean;
  body: string;
  /** 1-based file line of the body's first line. */
  bodyLine: number;
  diagnostics: Diagnostic[];
  /** Doubts that do not stop a build, such as a region that is not a known division. */
  warnings: Diagnostic[];
}

const schemas = new Map<number, ReturnType<typeof reportFrontMatterSchema>>();

/** The schema for the year range of `now`, built once. */
function schemaFor(now: Date = new Date()) {
  const year = now.getUTCFullYear();
  let schema = schemas.get(year);
  if (!schema) {
    schema = reportFrontMatterSchema(now);
    schemas.set(year, schema);
  }
  return schema;
}

/**
 * Most files are valid: they take the fast path (js-yaml, about ten times
 * quicker than a position-tracking parse). A file with any problem is parsed
 * again with positions, so every diagnostic can name its line.
 */
function parseValid(frontMatter: string, topicIds: ReadonlySet<string>, now?: Date): ReportFrontMatter | undefined {
  let value: unknown;
  try {
    value = jsYaml.load(frontMatter, { schema: jsYaml.CORE_SCHEMA });
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const result = schemaFor(now).safeParse(value);
  if (!result.success || !result.data.topics.every((id) => topicIds.has(id))) return undefined;
  return result.data;
}

/** Splits, parses and validates the front matter of one report file. */
export function parseReportFrontMatter(
  file: string,
  text: string,
  topicIds: ReadonlySet<string>,
  now?: Date,
): ParsedFrontMatter {
  const split = splitFrontMatter(text);
  if (!split.ok) {
    const message = split.problem === 'missing' ? '缺少 front matter' : 'front matter 没有结束行 ---';
    const hint =
      split.problem === 'missing'
        ? '文件第一行应为 ---，接着写 title、issuer 等字段，再以 --- 结束'
        : '在字段之后、正文之前加一行 ---';
    return {
      body: '',
      bodyLine: 1,
      bodyFound: false,
      diagnostics: [{ file, line: split.line, field: '(front matter)', message, hint }],
      warnings: [],
    };
  }

  const base = { body: split.body, bodyLine: split.bodyLine, bodyFound: true, warnings: [] as Diagnostic[] };
  const valid = parseValid(split.frontMatter, topicIds, now);
  if (valid) {
    const positions = () => parseYamlDocument(split.frontMatter, split.frontMatterLine).lineOf;
    return { ...base, meta: valid, diagnostics: [], warnings: regionWarnings(file, valid, positions) };
  }

  const yaml = parseYamlDocument(split.frontMatter, split.frontMatterLine);
  if (yaml.errors.length > 0) {
    const diagnostics = yaml.errors.map((error) => ({
      file,
      line: error.line,
      field: '(front matter)',
      message: error.message,
      hint: '检查这一行和上一行的缩进、冒号和括号；含冒号或 # 的值要加引号',
    }));
    return { ...base, diagnostics };
  }
  if (yaml.value === null || typeof yaml.value !== 'object' || Array.isArray(yaml.value)) {
    return {
      ...base,
      diagnostics: [
        { file, line: split.frontMatterLine, field: '(front matter)', message: 'front matter 应为“字段: 值”的列表' },
      ],
    };
  }

  const result = schemaFor(now).safeParse(yaml.value);
  if (!result.success) {
    const diagnostics = issuesToDiagnostics(result.error.issues, {
      file,
      input: yaml.value,
      lineOf: yaml.lineOf,
      hints,
      fieldsAt: (path) => fieldsByPath[path.join('.')] ?? [],
    });
    return { ...base, diagnostics };
  }

  const diagnostics: Diagnostic[] = result.data.topics.flatMap((id, index) =>
    topicIds.has(id)
      ? []
      : [
          {
            file,
            line: yaml.lineOf(['topics', index]),
            field: `topics.${index}`,
            message: `未知主题「${id}」`,
            hint: hints['topics']!,
          },
        ],
  );
  return { ...base, meta: result.data, diagnostics, warnings: regionWarnings(file, result.data, () => yaml.lineOf) };
}

/**
 * A region that names no known division, or whose parts do not nest, is worth
 * a look but may be right: an old report can name a county abolished before
 * the data's time (崇文区, 襄樊市), so this warns instead of failing.
 */
function regionWarnings(
  file: string,
  meta: ReportFrontMatter,
  positions: () => (path: YamlPath) => number,
): Diagnostic[] {
  const problems = checkRegion(meta.region);
  if (problems.length === 0) return [];
  // The fast path kept no positions: parse again, but only when there is something to point at.
  const lineOf = positions();
  return problems.map((problem) => ({
    file,
    line: lineOf(problem.field.split('.')),
    field: problem.field,
    message: problem.message,
    ...(problem.hint ? { hint: problem.hint } : {}),
  }));
}
