import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, idsOf, linksOf, readPage, siteFiles } from '../helpers/site-build.ts';
import { reportFile, tempArchive } from '../helpers/temp-archive.ts';

const outDir = inject('fixtureSite');
let files: string[] = [];

beforeAll(() => {
  files = siteFiles(outDir);
});

const pages = () => files.filter((file) => file.endsWith('.html'));

describe('building the fixture archive', () => {
  it('writes a page for every report, topic, year, type and region', () => {
    for (const slug of ['dongshan-2021-summary', 'beicheng-2020-report', 'xishan-2019-plan', 'nanhu-speech']) {
      expect(files).toContain(`reports/${slug}/index.html`);
    }
    for (const path of [
      'index.html',
      'reports/index.html',
      'topics/index.html',
      'topics/teachers/index.html',
      'topics/general/index.html',
      'years/index.html',
      'years/2021/index.html',
      'years/undated/index.html',
      'types/index.html',
      'types/speech/index.html',
      'regions/index.html',
      'regions/fujian/index.html',
      'regions/unknown/index.html',
      'about/index.html',
      '404.html',
    ]) {
      expect(files).toContain(path);
    }
  });

  it('serves every page from one shell in Simplified Chinese', () => {
    for (const page of pages()) {
      const html = readPage(outDir, page);
      expect(html).toMatch(/^<!DOCTYPE html><html lang="zh-CN">/);
      expect(html).toContain('<a class="skip-link" href="#main">');
      expect(html).toContain('<main id="main"');
    }
  });

  it('marks a Traditional-script report body', () => {
    const html = readPage(outDir, 'reports/beicheng-2020-report/');
    expect(html).toContain('<div class="report-body" lang="zh-Hant">');
    expect(readPage(outDir, 'reports/dongshan-2021-summary/')).toContain('<div class="report-body">');
  });

  it('gives every section an anchor, a visible link to itself and its topic chips', () => {
    const html = readPage(outDir, 'reports/dongshan-2021-summary/');
    const sections = [...html.matchAll(/<section id="([^"]+)" class="report-section"/g)].map((match) => match[1]!);
    expect(sections).toHaveLength(3);
    expect(sections).toContain('next-steps');
    for (const id of sections) {
      expect(html).toContain(`<a class="section-link" href="#${id}"`);
      expect(html).toContain(`<a href="#${id}">`);
    }
    expect(html).toMatch(
      new RegExp(
        String.raw`<section id="s-[0-9a-z]{7}" class="report-section"[^>]*>\s*<h2[^>]*>\s*一、教师队伍建设持续加强` +
          String.raw`[\s\S]*?<a class="chip" href="/topics/teachers/">教师队伍</a>`,
      ),
    );
  });

  it('renders a javascript: link as plain text', () => {
    const html = readPage(outDir, 'reports/dongshan-2021-summary/');
    expect(html).toContain("详见[说明](javascript:alert('x'))。");
    expect(html).not.toMatch(/href="javascript:/i);
  });

  it('lands every deep link of every topic page on an existing section anchor', () => {
    const topicPages = pages().filter((page) => page.startsWith('topics/') && page !== 'topics/index.html');
    let checked = 0;
    for (const page of topicPages) {
      for (const link of linksOf(readPage(outDir, page)).filter(
        (href) => href.startsWith('/reports/') && href.includes('#'),
      )) {
        const [path, anchor] = link.split('#') as [string, string];
        expect(idsOf(readPage(outDir, path)), link).toContain(anchor);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  it('has no broken internal links or fragments on any page', () => {
    const broken: string[] = [];
    for (const page of pages()) {
      const html = readPage(outDir, page);
      for (const href of linksOf(html)) {
        if (/^[a-z]+:/i.test(href) || href.startsWith('//')) continue;
        const [path, fragment] = href.split('#') as [string, string | undefined];
        const target = path === '' ? page : `${path.replace(/^\//, '')}${path.endsWith('/') ? 'index.html' : ''}`;
        if (!existsSync(join(outDir, target))) broken.push(`${page} → ${href}`);
        else if (fragment && !idsOf(readPage(outDir, target)).has(decodeURIComponent(fragment)))
          broken.push(`${page} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('optimizes report images into WebP at several widths', async () => {
    const images = files.filter((file) => file.startsWith('img/'));
    expect(images.map((file) => file.replace(/[0-9a-f]{16}/, 'HASH'))).toEqual([
      'img/HASH-1440.webp',
      'img/HASH-480.webp',
      'img/HASH-960.webp',
    ]);
    const metadata = await sharp(join(outDir, images[0]!)).metadata();
    expect(metadata).toMatchObject({ format: 'webp', width: 1440, height: 810 });
    const html = readPage(outDir, 'reports/dongshan-2021-summary/');
    expect(html).toMatch(
      new RegExp(
        String.raw`<img src="/img/[0-9a-f]{16}-960\.webp" srcset="[^"]+" sizes="[^"]+" width="1440" height="810" ` +
          'alt="城关第二小学新教学楼的建筑面积统计图"[^>]* loading="lazy"',
      ),
    );
  });

  it('draws the per-year chart on topic pages', () => {
    const html = readPage(outDir, 'topics/teachers/');
    expect(html).toContain('<svg class="year-chart"');
    expect(html).toMatch(/<desc id="topic-chart-desc">2020：1节；2021：1节；不详：1节<\/desc>/);
  });
});

describe('a build with invalid content', () => {
  it('fails, naming the file, line and field of every problem', () => {
    const paths = tempArchive({ 'bad.md': reportFile('正文', { year: '二〇二〇', type: 'memo' }) });
    const build = buildSite(paths.contentDir, paths.outDir);
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/bad\.md:4: year: 应为整数年份/);
    expect(build.output).toMatch(/bad\.md:5: type: 应为 summary/);
    expect(existsSync(join(paths.outDir, 'index.html'))).toBe(false);
  });
});
