import type { Diagnostic } from '../validation/diagnostic.ts';

/** Reports larger than this are almost certainly not a single report; override per call if needed. */
const defaultMaxBytes = 2 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Checks that a report file is UTF-8 text of a sensible size and returns it
 * with Unix line endings. Anything else is a diagnostic, never an exception.
 */
export function decodeReportFile(
  file: string,
  bytes: Uint8Array,
  maxBytes: number = defaultMaxBytes,
): { text: string } | { diagnostic: Diagnostic } {
  const fail = (message: string, hint: string) => ({ diagnostic: { file, line: 0, field: 'file', message, hint } });
  if (bytes.length > maxBytes) {
    return fail(
      `文件大小 ${(bytes.length / 1024 / 1024).toFixed(1)} MB，超过上限 ${(maxBytes / 1024 / 1024).toFixed(1)} MB`,
      '一个文件只放一篇报告；过长的合集请用 npm run import 拆分',
    );
  }
  if (bytes.includes(0)) return fail('不是文本文件（含有 NUL 字节）', '报告应为 UTF-8 编码的 Markdown 文本');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return fail('不是 UTF-8 编码', '用 npm run import 导入原始文件，它会识别 GBK、GB18030、Big5、UTF-16 并转成 UTF-8');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text: text.replace(/\r\n?/g, '\n') };
}
