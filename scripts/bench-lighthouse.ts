import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveArchivePaths } from '../src/lib/config/paths.ts';
import { chromiumFlags, chromiumPath } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { reportPageWeights } from './bench/page-weight.ts';
import { checkChromium, exitOnShortfalls, readyLighthouse } from './bench/prerequisites.ts';
import { lighthouseVersion } from './bench/tools.ts';
import { parseCommandLine } from './cli.ts';

const help = `用法：npm run bench:lighthouse -- [--desktop] [--json]

用 Lighthouse ${lighthouseVersion} 和本机的 Chromium 给已生成的网站（ARCHIVE_OUT_DIR，默认 dist/）打分：
首页、一篇报告（HTML 大小居中的一篇）、一个主题页、检索页（带检索词）、
对照页（这篇报告页上列出的第一个对照；没有时与档案中另一篇对照）各一次，
输出性能、无障碍、最佳做法、SEO 四项得分。网站以 gzip 压缩提供，如同放在 CDN 上。
默认按手机（Lighthouse 的模拟慢速网络和 CPU）测量；--desktop 按桌面测量。`;

const { values } = parseCommandLine(help, {
  options: {
    desktop: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

const { outDir, root } = resolveArchivePaths();
exitOnShortfalls([
  checkChromium(),
  existsSync(join(outDir, 'index.html'))
    ? undefined
    : { problem: `${outDir} 中没有生成好的网站`, fix: '先运行 npm run build，或用 ARCHIVE_OUT_DIR 指向已生成的网站' },
]);

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof categories)[number];
interface LighthouseResult {
  lhr: {
    categories: Record<Category, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
    audits: Record<string, { score: number | null; title: string }>;
  };
}

const modules = readyLighthouse(root);
const { default: lighthouse } = (await import(modules.lighthouse)) as {
  default: (url: string, flags: object, config?: object) => Promise<LighthouseResult | undefined>;
};
const chromeLauncher = (await import(modules.chromeLauncher)) as {
  launch(options: { chromePath: string; chromeFlags: string[] }): Promise<{ port: number; kill(): Promise<void> }>;
};
const desktopConfig = (await import(modules.lighthouse.replace(/index\.js$/, 'config/desktop-config.js'))) as {
  default: object;
};

const reportsJson = JSON.parse(readFileSync(join(outDir, 'data/reports.json'), 'utf8')) as {
  slug: string;
  topics: string[];
}[];
const topic = reportsJson.flatMap((report) => report.topics)[0] ?? 'general';
const report = reportPageWeights(outDir).median.path;

/** The compare page a reader of the median report would open first. */
function comparePath(): string {
  const html = readFileSync(join(outDir, report, 'index.html'), 'utf8');
  const offered = /href="(\/compare\/\?a=[^"]+)"/.exec(html)?.[1];
  if (offered) return offered.replaceAll('&amp;', '&');
  const slug = report.split('/').at(-2);
  const other = reportsJson.find((entry) => entry.slug !== slug)?.slug ?? slug;
  return `/compare/?a=${slug}&b=${other}`;
}

const pages = [
  { name: '首页', path: '/' },
  { name: '报告', path: report },
  { name: '主题', path: `/topics/${topic}/` },
  { name: '检索', path: `/search/?q=${encodeURIComponent('教师')}` },
  { name: '对照', path: comparePath() },
];

const server = await serveStatic(outDir, { compress: true });
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: chromiumFlags,
});
const results: { name: string; path: string; scores: Record<Category, number>; failing: string[] }[] = [];
try {
  for (const page of pages) {
    console.error(`Lighthouse：${page.name} ${page.path}…`);
    const run = await lighthouse(
      `${server.url}${page.path}`,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] },
      values.desktop ? desktopConfig.default : undefined,
    );
    if (!run) throw new Error(`Lighthouse 没有返回 ${page.path} 的结果`);
    const scores = Object.fromEntries(
      categories.map((category) => [category, Math.round((run.lhr.categories[category].score ?? 0) * 100)]),
    ) as Record<Category, number>;
    // Only audits that count towards a score; Lighthouse's "insights" are advice and weigh nothing.
    const weighed = new Set(
      categories.flatMap((category) =>
        run.lhr.categories[category].auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id),
      ),
    );
    const failing = Object.entries(run.lhr.audits)
      .filter(([id, audit]) => weighed.has(id) && audit.score !== null && audit.score < 0.9)
      .map(([id, audit]) => `${id}: ${audit.title}`);
    results.push({ ...page, scores, failing });
  }
} finally {
  await chrome.kill();
  await server.close();
}

if (values.json) {
  console.log(
    JSON.stringify(
      { lighthouse: lighthouseVersion, form_factor: values.desktop ? 'desktop' : 'mobile', pages: results },
      null,
      2,
    ),
  );
} else {
  console.log(`Lighthouse ${lighthouseVersion}，${values.desktop ? '桌面' : '手机'}：性能 / 无障碍 / 最佳做法 / SEO`);
  for (const result of results) {
    console.log(
      `  ${result.name.padEnd(4, '　')} ` +
        `${categories.map((category) => String(result.scores[category]).padStart(3)).join('  ')}   ${result.path}`,
    );
    for (const audit of result.failing) console.log(`        未满分：${audit}`);
  }
}
