import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../../src/lib/archive/read-report.ts';
import { createMarkdown } from '../../../src/lib/markdown/renderer.ts';
import { fixtureTopics } from '../../helpers/fixture-topics.ts';
import { reportFile, tempArchive } from '../../helpers/temp-archive.ts';

const { ids, tagger } = fixtureTopics();
// Vocabulary order of the fixture archive: teachers, facilities, ict, finance, safety, general.
const topicOrder = new Map([...ids].map((id, index) => [id, index]));

function read(path: string, contents: string, render = true) {
  const paths = tempArchive({ [path]: contents });
  const file = join(paths.reportsDir, path);
  const context = {
    render,
    md: createMarkdown(),
    tagger,
    topicIds: ids,
    topicOrder,
    root: paths.root,
    contentDir: paths.contentDir,
    base: '/',
    now: new Date('2026-06-01T00:00:00Z'),
  };
  return { file, result: readReport(file, context) };
}

describe('reading one report file', () => {
  it('returns the report with its slug, source path and the hash of its bytes', async () => {
    const { file, result } = read('2020/qingfeng-2020-summary.md', reportFile('导语。\n\n## 一、工作\n\n正文。'));
    const { report, diagnostics, warnings } = await result;
    expect(diagnostics).toEqual([]);
    expect(warnings).toEqual([]);
    expect(report).toMatchObject({
      slug: 'qingfeng-2020-summary',
      file,
      sourcePath: 'content/reports/2020/qingfeng-2020-summary.md',
      sha256: createHash('sha256').update(readFileSync(file)).digest('hex'),
      meta: { title: '测试报告', year: 2020, type: 'summary' },
    });
    expect(report!.sections.map((section) => section.id)).toEqual(['intro', expect.stringMatching(/^s-/)]);
  });

  it('gives the report its sections’ and its own topics once each, in vocabulary order', async () => {
    const body = '## 一、经费 {finance}\n\n正文。\n\n## 二、队伍 {teachers finance}\n\n正文。';
    const { result } = read('a.md', reportFile(body, { topics: '[general, teachers]' }));
    expect((await result).report!.topics).toEqual(['teachers', 'finance', 'general']);
  });

  it('refuses a file name that cannot be an address', async () => {
    const { file, result } = read('Qingfeng 2020.md', reportFile('正文。'));
    const { report, diagnostics } = await result;
    expect(report).toBeUndefined();
    expect(diagnostics).toEqual([
      {
        file,
        line: 0,
        field: 'file',
        message: '文件名「Qingfeng 2020」不能作为网址',
        hint: expect.stringContaining('小写英文字母'),
      },
    ]);
  });

  it('reports a missing front matter once, not once per line of body', async () => {
    const { result } = read('a.md', '# 标题\n\n正文。\n\n![](missing.png)\n');
    const { report, diagnostics } = await result;
    expect(report).toBeUndefined();
    expect(diagnostics.map((diagnostic) => diagnostic.message)).toEqual(['缺少 front matter']);
  });

  it('collects the problems of the front matter, the images and the body together', async () => {
    const { result } = read('a.md', reportFile('# 标题\n\n![](missing.png)', { year: '二〇二〇' }));
    const { report, diagnostics } = await result;
    expect(report).toBeUndefined();
    expect(diagnostics.map((diagnostic) => diagnostic.field).sort()).toEqual(['body', 'image', 'image', 'year']);
  });

  it('passes on a doubtful region as a warning and still returns the report', async () => {
    const { result } = read('a.md', reportFile('正文。', { region: '{ province: 河南省, county: 海淀区 }' }));
    const { report, diagnostics, warnings } = await result;
    expect(diagnostics).toEqual([]);
    expect(report).toBeDefined();
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings[0]!.field).toMatch(/^region/);
  });

  it('refuses a file that is not text, with that one problem', async () => {
    const { result } = read('a.md', `${reportFile('正文。')}\u0000`);
    const { report, diagnostics } = await result;
    expect(report).toBeUndefined();
    expect(diagnostics.map((diagnostic) => diagnostic.message)).toEqual(['不是文本文件（含有 NUL 字节）']);
  });
});
