import { describe, expect, it } from 'vitest';
import { decodeReportFile } from '../../../src/lib/archive/decode-file.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decoding a report file', () => {
  it('returns UTF-8 text with Unix line endings and no BOM', () => {
    expect(decodeReportFile('a.md', bytes('\uFEFF第一行\r\n第二行\r第三行'))).toEqual({
      text: '第一行\n第二行\n第三行',
    });
  });

  it('refuses text in another encoding', () => {
    const gbk = new Uint8Array([0xbd, 0xcc, 0xd3, 0xfd]);
    const result = decodeReportFile('a.md', gbk);
    expect(result).toMatchObject({ diagnostic: { field: 'file', message: '不是 UTF-8 编码' } });
  });

  it('refuses binary files and files over the size limit', () => {
    expect(decodeReportFile('a.md', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]))).toMatchObject({
      diagnostic: { message: '不是文本文件（含有 NUL 字节）' },
    });
    expect(decodeReportFile('a.md', bytes('x'.repeat(2048)), 1024)).toMatchObject({
      diagnostic: { field: 'file' },
    });
  });
});
