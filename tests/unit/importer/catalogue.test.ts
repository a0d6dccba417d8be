import { readFileSync } from 'node:fs';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { compileCatalogue, importCatalogue, readCatalogue } from '../../../src/lib/importer/catalogue.ts';

/** The shipped catalogue as plain data, so each test changes only the field it is about. */
const listed = jsYaml.load(
  readFileSync(new URL('../../../src/lib/importer/catalogue.yml', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const withChanges = (changes: Record<string, unknown>) => jsYaml.dump({ ...listed, ...changes });
const problemsOf = (yaml: string): string => {
  try {
    readCatalogue(yaml);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the catalogue was accepted');
};

describe('reading the catalogue', () => {
  it('accepts the shipped catalogue', () => {
    expect(readCatalogue(withChanges({})).chrome.length).toBe((listed['chrome'] as unknown[]).length);
  });

  it('names the field of an invalid regular expression', () => {
    expect(problemsOf(withChanges({ titleDecorations: ['范文$', '(通用\\d+篇'] }))).toBe(
      '导入目录 catalogue.yml 有误：\ntitleDecorations.1: 不是有效的正则表达式',
    );
  });

  it('names the rule and the pattern of an invalid chrome pattern', () => {
    const chrome = [{ id: 'buttons', why: '按钮文字', patterns: ['^分享到', '[下载'] }];
    expect(problemsOf(withChanges({ chrome }))).toBe(
      '导入目录 catalogue.yml 有误：\nchrome.0.patterns.1: 不是有效的正则表达式',
    );
  });

  it('names a required list that is missing', () => {
    const { documentTypes: _omitted, ...rest } = listed;
    expect(problemsOf(jsYaml.dump(rest))).toMatch(/^导入目录 catalogue\.yml 有误：\ndocumentTypes: /);
  });

  it('names a list that must not be empty', () => {
    expect(problemsOf(withChanges({ bureauNames: [] }))).toMatch(/^导入目录 catalogue\.yml 有误：\nbureauNames: /);
  });

  it('lists every problem, a line each', () => {
    const chrome = [{ id: 'Buttons', patterns: ['^分享到'] }];
    expect(problemsOf(withChanges({ chrome, cutOffs: ['全文共(\\d+字'] })).split('\n')).toEqual([
      '导入目录 catalogue.yml 有误：',
      'chrome.0.id: 只能用小写英文字母、数字和连字符，以字母开头',
      'chrome.0.why: 应为文字',
      'cutOffs.0: 不是有效的正则表达式',
    ]);
  });

  it('rejects a field it does not know, by name', () => {
    expect(problemsOf(withChanges({ tailMarker: ['推荐阅读'] }))).toContain('tailMarker');
  });

  it('fills in the defaults of a chrome rule and of the optional lists', () => {
    const { inlineSpam: _spam, inlinePatterns: _patterns, ...rest } = listed;
    const data = readCatalogue(
      jsYaml.dump({ ...rest, chrome: [{ id: 'buttons', why: '按钮文字', lines: ['下载文档'] }] }),
    );
    expect(data.chrome).toEqual([
      {
        id: 'buttons',
        why: '按钮文字',
        words: [],
        lines: ['下载文档'],
        patterns: [],
        maxLength: 80,
        notInSentences: false,
        numberedToo: false,
      },
    ]);
    expect(data.inlineSpam).toEqual([]);
    expect(data.inlinePatterns).toEqual([]);
  });
});

describe('compiling the catalogue', () => {
  const compiled = (changes: Record<string, unknown>) => compileCatalogue(readCatalogue(withChanges(changes)));

  it('tests a line against a rule’s lines, words and patterns, in Simplified script', () => {
    const [rule] = compiled({
      chrome: [
        {
          id: 'buttons',
          why: '按钮文字',
          lines: ['下載文檔'],
          words: ['點擊下載'],
          patterns: ['^分享到'],
          maxLength: 20,
        },
      ],
    }).chrome;
    expect(rule).toMatchObject({ id: 'buttons', maxLength: 20, notInSentences: false, numberedToo: false });
    // The rule receives the line folded, in lower case, and without brackets: it matches what it is given.
    expect(rule!.test('下载文档', '下载文档', '下载文档')).toBe(true);
    expect(rule!.test('请点击下载全文', '请点击下载全文', '请点击下载全文')).toBe(true);
    expect(rule!.test('分享到微信', '分享到微信', '分享到微信')).toBe(true);
    expect(rule!.test('下载文档二', '下载文档二', '下载文档二')).toBe(false);
    expect(rule!.test('全县教育工作', '全县教育工作', '全县教育工作')).toBe(false);
  });

  it('folds words and document words to lower-case Simplified', () => {
    const catalogue = compiled({
      chromeWords: ['登錄', 'VIP'],
      documentTypes: [{ type: 'summary', words: ['工作總結', '总结'] }],
    });
    expect(catalogue.chromeWords).toEqual(['登录', 'vip']);
    expect(catalogue.documentTypes).toEqual([{ type: 'summary', words: ['工作总结', '总结'] }]);
  });

  it('matches a reading-list marker at the start of a line, after brackets or a bracketed label', () => {
    const { tailMarkers } = compiled({ tailMarkers: ['推薦閱讀', '相关文章'] });
    for (const line of ['推荐阅读', '  推荐阅读：', '（推荐阅读）', '【热门】推荐阅读', '相关文章'])
      expect(tailMarkers.test(line)).toBe(true);
    for (const line of ['本站推荐阅读', '请阅读相关文章']) expect(tailMarkers.test(line)).toBe(false);
  });

  it('matches the longest bureau name, so 教育体育局 is not 教育局 and text', () => {
    const { bureauName } = compiled({ bureauNames: ['教育局', '教育體育局'] });
    expect('清丰县教育体育局'.match(bureauName)?.[0]).toBe('教育体育局');
  });

  it('matches site-name endings at the end only', () => {
    const { siteNameEnding } = compiled({ siteNameEndings: ['網', '文库'] });
    expect(['好文网', '某某文库'].map((name) => siteNameEnding.test(name))).toEqual([true, true]);
    expect(siteNameEnding.test('网上办事大厅')).toBe(false);
  });

  it('compiles inline patterns to replace every occurrence, and the other patterns case-insensitively', () => {
    const catalogue = compiled({ inlinePatterns: ['（本文来源：[^）]+）'], titleDecorations: ['\\.docx$'] });
    expect('第一段（本文来源：好文网）第二段（本文来源：好文网）'.replace(catalogue.inlinePatterns[0]!, '')).toBe(
      '第一段第二段',
    );
    expect(catalogue.titleDecorations[0]!.test('教育局工作总结.DOCX')).toBe(true);
  });

  it('reads the shipped catalogue once', () => {
    expect(importCatalogue()).toBe(importCatalogue());
  });
});
