import { readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { encodeGb18030 } from '../../../scripts/bench/gb18030.ts';
import { benchImport } from '../../../scripts/bench/import-bench.ts';
import { benchPages, pageTemplates, type BenchPage } from '../../../scripts/bench/import-pages.ts';
import { vocabularySchema } from '../../../src/lib/schema/topic.ts';
import { createTagger } from '../../../src/lib/topics/tagger.ts';

const toTraditional = Converter({ from: 'cn', to: 'tw' });
const decode = (page: BenchPage) =>
  new TextDecoder(page.template === 'gbk-html' ? 'gb18030' : 'utf-8', { fatal: true }).decode(page.bytes);

describe('pages for the import benchmark', () => {
  const pages = benchPages(12, { seed: 3, toTraditional });

  it('are the same bytes for the same seed and different for another', () => {
    const again = benchPages(12, { seed: 3, toTraditional });
    expect(again.map((page) => page.name)).toEqual(pages.map((page) => page.name));
    expect(again.map((page) => Buffer.from(page.bytes).toString('base64'))).toEqual(
      pages.map((page) => Buffer.from(page.bytes).toString('base64')),
    );
    const other = benchPages(12, { seed: 4, toTraditional });
    expect(other.filter((page, index) => Buffer.compare(page.bytes, pages[index]!.bytes) === 0)).toEqual([]);
  });

  it('use every template', () => {
    expect(new Set(pages.map((page) => page.template))).toEqual(new Set(pageTemplates));
  });

  it('decode to text that contains the title of every report on the page', () => {
    for (const page of pages) {
      const text = decode(page);
      expect(page.titles.length, page.name).toBe(page.template === 'collection' ? 3 : 1);
      for (const title of page.titles) expect(text, page.name).toContain(title);
    }
  });

  it('save the GBK page in GBK and the Traditional page in Traditional script', () => {
    const gbk = pages.find((page) => page.template === 'gbk-html')!;
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk.bytes)).toThrow();
    expect(decode(gbk)).toContain('<meta charset="gbk">');
    const traditional = decode(pages.find((page) => page.template === 'traditional')!);
    expect(traditional).toContain('當前位置');
    expect(traditional).not.toContain('当前位置');
  });

  it('put a run-on report on one line', () => {
    const runOn = pages.find((page) => page.template === 'run-on')!;
    const [first = ''] = decode(runOn).split('\n');
    expect(first.startsWith(runOn.titles[0]!)).toBe(true);
    expect(first.length).toBeGreaterThan(500);
  });
});

describe('encoding GB18030 without a library', () => {
  it('writes text that decodes back unchanged, and what GBK lacks through the fallback', () => {
    const text = '南岭县教育局2019年工作总结：教師隊伍、“双减”落地，€。';
    expect(new TextDecoder('gb18030').decode(encodeGb18030(text, () => '?'))).toBe(text);
    expect([...encodeGb18030('教育', () => '?')]).toEqual([0xbd, 0xcc, 0xd3, 0xfd]);
    expect(new TextDecoder('gb18030').decode(encodeGb18030('校𠀀园', (char) => `&#${char.codePointAt(0)};`))).toBe(
      '校&#131072;园',
    );
  });
});

describe('the import benchmark', () => {
  it('imports every page once, in a temporary folder it removes', async () => {
    const repository = resolve(import.meta.dirname, '../../..');
    const tagger = createTagger(
      vocabularySchema.parse(parse(readFileSync(resolve(repository, 'content/topics.yml'), 'utf8'))).topics,
    );
    const before = readdirSync(tmpdir()).filter((name) => name.startsWith('bench-import-'));
    const result = await benchImport(benchPages(6, { seed: 1, toTraditional }), { tagger });
    expect(result.pages).toBe(6);
    expect(result.expectedReports).toBe(8);
    expect(Object.values(result.templates).map((figures) => figures.pages)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(result.maxMs).toBeGreaterThanOrEqual(result.medianMs);
    expect(result.medianMs).toBeGreaterThan(0);
    expect(result.pagesPerSecond).toBeCloseTo(6 / result.seconds);
    expect(result.peakRssMb).toBeGreaterThan(0);
    expect(readdirSync(tmpdir()).filter((name) => name.startsWith('bench-import-'))).toEqual(before);
  });
});
