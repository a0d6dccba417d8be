import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/lib/importer/decode.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures/importer/encodings', name)));
const simplified = readFileSync(resolve(import.meta.dirname, '../../fixtures/importer/encodings/source.txt'), 'utf8');
const traditional = readFileSync(
  resolve(import.meta.dirname, '../../fixtures/importer/encodings/traditional.txt'),
  'utf8',
);

describe('detecting the encoding', () => {
  it.each([
    ['source.txt', 'utf-8', simplified],
    ['utf8-bom.txt', 'utf-8-bom', simplified],
    ['utf16le-bom.txt', 'utf-16le', simplified],
    ['utf16be-bom.txt', 'utf-16be', simplified],
    ['gb18030.txt', 'gb18030', simplified],
    ['big5.txt', 'big5', traditional],
  ])('reads %s as %s', (file, encoding, text) => {
    const result = decodeBytes(fixture(file));
    expect(result).toEqual({ ok: true, encoding, text });
  });

  it('keeps CRLF and CR line endings for the normalizer to handle', () => {
    const crlf = decodeBytes(fixture('crlf.txt'));
    expect(crlf.ok && crlf.text.includes('\r\n')).toBe(true);
  });

  it.each([
    [[0x25, 0x50, 0x44, 0x46, 0x2d, 0x31], 'PDF'],
    [[0x50, 0x4b, 0x03, 0x04, 0x14], 'docx'],
    [[0xd0, 0xcf, 0x11, 0xe0, 0xa1], 'doc'],
    [[0x89, 0x50, 0x4e, 0x47, 0x0d], 'PNG'],
    [[0xff, 0xd8, 0xff, 0xe0], 'JPEG'],
  ])('refuses binary formats (%j is %s) with a clear message', (bytes, kind) => {
    const result = decodeBytes(new Uint8Array(bytes));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(kind);
  });

  it('refuses empty files, whitespace-only files and files with NUL bytes', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ ok: false, error: '文件是空的' });
    expect(decodeBytes(new TextEncoder().encode(' \n\t '))).toEqual({ ok: false, error: '文件里没有文字' });
    expect(decodeBytes(new Uint8Array([0x41, 0x00, 0x42]))).toMatchObject({ ok: false });
  });

  it('reads a UTF-8 page with a few broken bytes, counting them', () => {
    const bytes = new TextEncoder().encode(simplified);
    const cut = bytes.subarray(0, bytes.length - 2);
    const result = decodeBytes(cut);
    expect(result).toMatchObject({ ok: true, encoding: 'utf-8', replaced: 1 });
    expect(result.ok && result.text.endsWith('\uFFFD')).toBe(true);
  });

  it('refuses bytes that are not Chinese text in any supported encoding', () => {
    const noise = new Uint8Array(Array.from({ length: 400 }, (_, index) => 0x80 + ((index * 37) % 0x7f)));
    expect(decodeBytes(noise)).toMatchObject({ ok: false });
  });
});
