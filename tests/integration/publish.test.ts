import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { writeCorpus } from '../../scripts/corpus/write-corpus.ts';
import { readPage, repository, runCommand, siteFiles, siteSnapshot } from '../helpers/site-build.ts';
import { fixtureArchive, reportFile } from '../helpers/temp-archive.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { waitUntil } from '../helpers/wait-until.ts';

const buildScript = resolve(repository, 'scripts/build.ts');
const verifyScript = resolve(repository, 'scripts/verify.ts');
const root = tempDir('publish-');
/** Read only: every test that changes content or a site changes a copy. */
const content = fixtureArchive;
const outDir = join(root, 'site', 'dist');

const build = (contentDir: string, out: string) =>
  runCommand([buildScript], { ARCHIVE_CONTENT_DIR: contentDir, ARCHIVE_OUT_DIR: out });
const verify = (contentDir: string, out: string) =>
  runCommand([verifyScript], { ARCHIVE_CONTENT_DIR: contentDir, ARCHIVE_OUT_DIR: out });

function copyOf(folder: string, name: string): string {
  const copy = join(root, name);
  cpSync(folder, copy, { recursive: true });
  return copy;
}

const leftovers = (out: string) => readdirSync(dirname(out)).filter((name) => name !== 'dist');

// The run's shared build of the fixture archive, copied so that the interrupted and failing builds can replace it.
beforeAll(() => {
  cpSync(inject('fixtureSite'), outDir, { recursive: true });
});

describe('publishing the fixture archive', () => {
  it('writes feeds, a sitemap, robots.txt and the open data beside the pages', () => {
    const files = siteFiles(outDir);
    for (const file of [
      'feed.xml',
      'topics/teachers/feed.xml',
      'years/2021/feed.xml',
      'years/undated/feed.xml',
      'sitemap.xml',
      'robots.txt',
      'data/reports.json',
      'data/reports.csv',
      'data/sections.csv',
      'data/manifest.json',
    ]) {
      expect(files).toContain(file);
    }
    const pages = files
      .filter((file) => file.endsWith('index.html'))
      .map((file) => `http://localhost:4321/${file.replace(/index\.html$/, '')}`);
    const listed = [...readFileSync(join(outDir, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (match) => decodeURI(match[1]!),
    );
    expect(listed.sort()).toEqual(pages.sort());
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain('Sitemap: http://localhost:4321/sitemap.xml');
  });

  it('makes each feed discoverable from the page it follows', () => {
    for (const [page, feed] of [
      ['/', '/feed.xml'],
      ['/topics/teachers/', '/topics/teachers/feed.xml'],
      ['/years/2021/', '/years/2021/feed.xml'],
    ] as const) {
      expect(readPage(outDir, page)).toMatch(
        new RegExp(`<link rel="alternate" type="application/atom\\+xml" title="[^"]+" href="${feed}">`),
      );
    }
  });

  it('links the open data and the feeds from the about page', () => {
    const about = readPage(outDir, '/about/');
    for (const file of [
      '/data/reports.json',
      '/data/reports.csv',
      '/data/sections.csv',
      '/data/manifest.json',
      '/feed.xml',
    ]) {
      expect(about).toContain(`href="${file}"`);
    }
  });

  it('shows the SHA-256 of each source file on its page and in the manifest', () => {
    const manifest = JSON.parse(readFileSync(join(outDir, 'data/manifest.json'), 'utf8')) as {
      reports: { slug: string; sha256: string }[];
    };
    for (const [slug, file] of [
      ['dongshan-2021-summary', 'reports/2021/dongshan-2021-summary.md'],
      ['beicheng-2020-report', 'reports/hant/beicheng-2020-report.md'],
    ] as const) {
      const sha256 = createHash('sha256')
        .update(readFileSync(join(content, file)))
        .digest('hex');
      expect(readPage(outDir, `/reports/${slug}/`)).toContain(`<code class="hash">${sha256}</code>`);
      expect(manifest.reports.find((row) => row.slug === slug)?.sha256).toBe(sha256);
    }
  });

  it('offers a citation with the permanent link for the report and each section', () => {
    const html = readPage(outDir, '/reports/dongshan-2021-summary/');
    expect(html).toContain('[EB/OL]. (2021-12-20)[引用日期]. http://localhost:4321/reports/dongshan-2021-summary/.');
    expect(html).toContain(
      '[EB/OL]. (2021-12-20)[引用日期]. http://localhost:4321/reports/dongshan-2021-summary/#next-steps.',
    );
  });
});

describe('npm run verify', () => {
  it('passes a good build', () => {
    const result = verify(content, outDir);
    expect(result.output).toMatch(/网站与内容一致：4 篇报告全部核对通过/);
    expect(result.status).toBe(0);
  });

  it('names a missing report page and the links that now lead nowhere', () => {
    const broken = copyOf(outDir, 'missing-page');
    rmSync(join(broken, 'reports/xishan-2019-plan/index.html'));
    const result = verify(content, broken);
    expect(result.status).toBe(1);
    const lines = result.output.split('\n');
    expect(lines).toContainEqual(
      expect.stringMatching(/xishan-2019-plan\.md: 缺少报告页面 \/reports\/xishan-2019-plan\/$/),
    );
    expect(lines).toContain('reports/index.html: 链接指向不存在的页面：/reports/xishan-2019-plan/');
  });

  it('names every link to an anchor that no longer exists', () => {
    const broken = copyOf(outDir, 'broken-anchor');
    const page = join(broken, 'reports/dongshan-2021-summary/index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replaceAll('id="next-steps"', 'id="renamed"'));
    const result = verify(content, broken);
    expect(result.status).toBe(1);
    const lines = result.output.split('\n');
    expect(lines).toContain('reports/dongshan-2021-summary/index.html: 链接指向不存在的锚点：#next-steps');
    expect(lines).toContain(
      'topics/general/index.html: 链接指向不存在的锚点：/reports/dongshan-2021-summary/#next-steps',
    );
  });

  it('names a report missing from the feeds, the data export and the search index', () => {
    const broken = copyOf(outDir, 'missing-entries');
    rmSync(join(broken, 'search-index'), { recursive: true });
    rmSync(join(broken, 'years/2019/feed.xml'));
    const data = join(broken, 'data/reports.json');
    writeFileSync(
      data,
      JSON.stringify(
        JSON.parse(readFileSync(data, 'utf8')).filter((row: { slug: string }) => row.slug !== 'nanhu-speech'),
      ),
    );
    const result = verify(content, broken);
    expect(result.status).toBe(1);
    const lines = result.output.split('\n');
    expect(lines).toContain('search-index: 缺少检索索引');
    expect(lines).toContainEqual(expect.stringMatching(/xishan-2019-plan\.md: 年份订阅源中没有这篇报告$/));
    expect(lines).toContainEqual(
      expect.stringMatching(/nanhu-speech\.md: data\/reports\.json 中缺少这篇报告或哈希不符$/),
    );
  });

  it('names a source file changed after the build', () => {
    const changed = copyOf(content, 'changed-content');
    appendFileSync(join(changed, 'reports/hant/beicheng-2020-report.md'), '\n補充一段原文沒有的話。\n');
    const result = verify(changed, outDir);
    expect(result.status).toBe(1);
    const lines = result.output.split('\n');
    const file = join(changed, 'reports/hant/beicheng-2020-report.md');
    expect(lines).toContain(`${file}: 页面上的 SHA-256 与源文件不符（源文件在生成后改动过？）`);
    expect(lines).toContain(`${file}: data/manifest.json 中缺少这篇报告或哈希不符`);
  });
});

describe('building atomically and deterministically', () => {
  it('gives byte-identical output for the same content', () => {
    const again = join(root, 'again', 'dist');
    const result = build(content, again);
    expect(result.status, result.output).toBe(0);
    expect(siteSnapshot(again)).toEqual(siteSnapshot(outDir));
  });

  it('leaves the previous site byte-for-byte when the content is bad, and clears abandoned staging folders', () => {
    const out = join(copyOf(dirname(outDir), 'failing'), 'dist');
    const before = siteSnapshot(out);
    mkdirSync(join(dirname(out), 'dist.building-4194303'));
    const bad = copyOf(content, 'bad-content');
    writeFileSync(join(bad, 'reports/broken.md'), reportFile('正文。', { year: '二〇二〇' }));
    const result = build(bad, out);
    expect(result.status).toBe(1);
    expect(result.output).toContain(`生成失败，${out} 保持原样。`);
    expect(siteSnapshot(out)).toEqual(before);
    expect(leftovers(out)).toEqual([]);
  });

  it('leaves the previous site byte-for-byte when the build is interrupted', async () => {
    const out = join(copyOf(dirname(outDir), 'interrupted'), 'dist');
    const before = siteSnapshot(out);
    const corpus = join(root, 'corpus');
    await writeCorpus({ reports: 300, outDir: corpus, seed: 7, topicsFile: join(repository, 'content/topics.yml') });
    const child = spawn(process.execPath, [buildScript], {
      cwd: repository,
      env: { ...process.env, ARCHIVE_CONTENT_DIR: corpus, ARCHIVE_OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let exitCode: number | null | undefined;
    const exited = new Promise<number | null>((done) =>
      child.on('close', (code) => {
        exitCode = code;
        done(code);
      }),
    );
    const staging = join(dirname(out), `dist.building-${child.pid}`);
    // Interrupt once pages are being written into the staging folder.
    await waitUntil(() => existsSync(join(staging, 'reports')), {
      what: 'the build to write pages into its staging folder',
      timeoutMs: 120_000,
      gaveUp: () => (exitCode === undefined ? undefined : `the build exited with ${exitCode} first:\n${output}`),
    });
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(output).toContain(`生成被中断，${out} 保持原样。`);
    expect(siteSnapshot(out)).toEqual(before);
    expect(leftovers(out)).toEqual([]);
  });
});
