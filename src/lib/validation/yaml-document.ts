import { LineCounter, isMap, isNode, isScalar, isSeq, parseDocument } from 'yaml';

export type YamlPath = readonly (string | number)[];

interface ParsedYaml {
  /** The parsed value; undefined when the text has syntax errors. */
  value: unknown;
  /** Syntax errors with their 1-based line in the enclosing file. */
  errors: { line: number; message: string }[];
  /** Line of the node at `path`, or of its nearest existing ancestor. */
  lineOf(path: YamlPath): number;
}

/**
 * Parses YAML keeping positions, so every later validation error can name the
 * line it concerns. `firstLine` is the file line on which the YAML text starts.
 */
export function parseYamlDocument(text: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;

  const errors = document.errors.map((error) => ({
    line: toFileLine(error.pos[0]),
    message: describeYamlError(error.code, error.message),
  }));

  const lineOf = (path: YamlPath): number => {
    let node: unknown = document.contents;
    let line = firstLine;
    for (const segment of path) {
      if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment];
        if (!isNode(item) || !item.range) break;
        line = toFileLine(item.range[0]);
        node = item;
      } else if (isMap(node)) {
        const pair = node.items.find((candidate) => isScalar(candidate.key) && candidate.key.value === segment);
        if (!pair || !isNode(pair.key) || !pair.key.range) break;
        line = toFileLine(pair.key.range[0]);
        node = pair.value;
      } else {
        break;
      }
    }
    return line;
  };

  return { value: errors.length > 0 ? undefined : document.toJS(), errors, lineOf };
}

const yamlProblems: Record<string, string> = {
  DUPLICATE_KEY: 'YAML 中有重复的字段',
  BAD_INDENT: 'YAML 缩进不对，或括号、引号没有闭合',
  TAB_AS_INDENT: 'YAML 缩进不能用 Tab，请用空格',
  MISSING_CHAR: 'YAML 缺少括号、引号或冒号',
  MULTILINE_IMPLICIT_KEY: 'YAML 字段名不能跨行',
  BLOCK_AS_IMPLICIT_KEY: 'YAML 字段名写法不对',
  UNEXPECTED_TOKEN: 'YAML 中有多余的符号',
  BAD_SCALAR_START: 'YAML 的值不能以这个符号开头，请加引号',
};

function describeYamlError(code: string, message: string): string {
  return yamlProblems[code] ?? `YAML 语法错误（${message.split('\n')[0]}）`;
}
