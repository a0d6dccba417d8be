import { commonHanRatio } from './common-han.ts';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

type DecodeResult =
  | {
      ok: true;
      text: string;
      encoding: Encoding;
      /** Bytes that could not be decoded and became U+FFFD: a UTF-8 page with a few broken bytes still imports. */
      replaced?: number;
    }
  | { ok: false; error: string };

const signatures: { bytes: number[]; kind: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'PDF 文件' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'ZIP 压缩包或 Word/WPS 文档（docx）' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: '旧版 Word/WPS 文档（doc）' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'PNG 图片' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'JPEG 图片' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'GIF 图片' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], kind: 'RTF 文档' },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** `<meta charset="gbk">` and the like, read from the first bytes of a saved page. */
function declaredCharset(bytes: Uint8Array): Encoding | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096)).toLowerCase();
  const match = /charset\s*=\s*["']?\s*([a-z0-9_-]+)/.exec(head);
  const name = match?.[1];
  if (!name) return undefined;
  if (['gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936'].includes(name)) return 'gb18030';
  if (['big5', 'big5-hkscs', 'x-x-big5', 'cp950'].includes(name)) return 'big5';
  return undefined;
}

/**
 * Turns the bytes of a raw page into text, detecting the encoding: a byte-order
 * mark first, then strict UTF-8, then whichever of GB18030 and Big5 yields
 * ordinary Chinese (a wrong guess produces rare characters). A charset the page
 * declares breaks a tie. Binary formats and empty files are errors.
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, error: '文件是空的' };
  const binary = signatures.find((signature) => startsWith(bytes, signature.bytes));
  if (binary) return { ok: false, error: `这是${binary.kind}，不是文本；请先另存为纯文本（.txt）或网页（.html）` };

  if (startsWith(bytes, [0xef, 0xbb, 0xbf]))
    return finish(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8-bom');
  if (startsWith(bytes, [0xff, 0xfe])) return finish(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return finish(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  if (bytes.includes(0)) return { ok: false, error: '含有 NUL 字节，不是文本文件' };

  try {
    return finish(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
  } catch {
    // Not clean UTF-8: a UTF-8 page with a few broken bytes (cut mid-character, a damaged download), or a legacy encoding.
  }
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const broken = (lenient.match(/\uFFFD/g) ?? []).length;
  if (broken <= Math.max(3, lenient.length / 500) && commonHanRatio(lenient) >= 0.2) {
    const decoded = finish(lenient, 'utf-8');
    return decoded.ok ? { ...decoded, replaced: broken } : decoded;
  }

  const candidates = (['gb18030', 'big5'] as const).map((encoding) => {
    const text = new TextDecoder(encoding).decode(bytes);
    const replacements = (text.match(/\uFFFD/g) ?? []).length;
    return { encoding, text, score: commonHanRatio(text) - replacements / Math.max(1, text.length) };
  });
  const declared = declaredCharset(bytes);
  const [first, second] = candidates.sort((a, b) => b.score - a.score);
  const best =
    declared && Math.abs(first!.score - second!.score) < 0.05
      ? candidates.find((c) => c.encoding === declared)!
      : first!;
  if (best.score < 0.2)
    return { ok: false, error: '无法识别文字编码（不是 UTF-8、UTF-16、GB18030/GBK 或 Big5 的中文文本）' };
  return finish(best.text, best.encoding);
}

function finish(text: string, encoding: Encoding): DecodeResult {
  if (text.trim() === '') return { ok: false, error: '文件里没有文字' };
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this test looks for.
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 4096)))
    return { ok: false, error: '含有控制字符，不是文本文件' };
  return { ok: true, text, encoding };
}
