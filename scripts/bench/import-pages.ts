import { parse } from 'yaml';
import { generateReport } from '../corpus/generate-report.ts';
import { createRandom, type Random } from '../corpus/random.ts';
import { encodeGb18030 } from './gb18030.ts';

/** The kinds of saved page the import benchmark imports, one in turn per page. */
export const pageTemplates = [
  'text-chrome',
  'html-sidebar',
  'collection',
  'gbk-html',
  'run-on',
  'traditional',
] as const;
export type PageTemplate = (typeof pageTemplates)[number];

export interface BenchPage {
  /** File name, with the extension a saved page of its kind has. */
  name: string;
  template: PageTemplate;
  bytes: Uint8Array;
  /** Titles of the reports on the page, as the page writes them. */
  titles: string[];
}

interface BenchPageOptions {
  seed: number;
  /** Simplified → Traditional, for the Traditional pages (and the corpus's own Traditional share). */
  toTraditional(text: string): string;
}

interface SourceReport {
  title: string;
  /** Headings and paragraphs as plain lines, the way a page shows them. */
  blocks: string[];
}

function sourceReport(index: number, options: BenchPageOptions): SourceReport {
  const { markdown } = generateReport(index, { seed: options.seed, toTraditional: options.toTraditional, images: [] });
  const [, front = '', body = ''] = /^---\n([\s\S]*?)---\n\n([\s\S]*)$/.exec(markdown) ?? [];
  const { title } = parse(front) as { title: string };
  const blocks = body
    .trim()
    .split('\n\n')
    .map((block) => block.replace(/^## (.*?)(?: \{[^}]*\})?$/, '$1'));
  return { title, blocks };
}

const sites = ['范文网', '好文档网', '第一范文网', '文库吧', '公文易', '写作资料网'];
const categories = ['工作总结', '工作计划', '讲话稿', '述职报告', '教育公文', '心得体会'];
const otherArticles = [
  '学校安全工作总结（通用5篇）',
  '幼儿园年度工作计划',
  '教师个人述职报告范文',
  '2023年教务处工作总结',
  '班主任工作心得体会',
  '小学德育工作计划（精选3篇）',
  '关于加强校园安全管理的通知',
  '校长在开学典礼上的讲话',
];
const numerals = ['一', '二', '三'];

interface Chrome {
  site: string;
  category: string;
  date: string;
  views: string;
  related: string[];
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

function chromeFor(random: Random): Chrome {
  const month = twoDigits(random.int(1, 12));
  const day = twoDigits(random.int(1, 28));
  return {
    site: random.pick(sites),
    category: random.pick(categories),
    date: `${random.int(2015, 2024)}-${month}-${day} ${twoDigits(random.int(0, 23))}:${twoDigits(random.int(0, 59))}`,
    views: random.chance(0.5) ? `${(random.int(11, 99) / 10).toFixed(1)}万` : String(random.int(100, 9999)),
    related: random.sample(otherArticles, random.int(3, 6)),
  };
}

function navigationLines(chrome: Chrome): string[] {
  return [`首页 | 范文大全 | ${categories.join(' | ')}`, `当前位置：${chrome.site} > ${chrome.category} > 教育工作`];
}

function tailLines(chrome: Chrome): string[] {
  return [
    '推荐阅读：',
    ...chrome.related.slice(2),
    `上一篇：${chrome.related[0]}`,
    `下一篇：${chrome.related[1]}`,
    `Copyright © 2015-2024 ${chrome.site} 版权所有`,
  ];
}

function textPage(report: SourceReport, chrome: Chrome, random: Random): string {
  return [
    chrome.site,
    ...navigationLines(chrome),
    report.title,
    `发布时间：${chrome.date}  浏览：${chrome.views}次  来源：${chrome.site}`,
    ...report.blocks,
    ...tailLines(chrome),
  ].join(random.chance(0.3) ? '\r\n' : '\n');
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function htmlPage(report: SourceReport, chrome: Chrome, random: Random, charset: string): string {
  const links = (titles: readonly string[]) =>
    titles.map((title, index) => `<li><a href="/a/${index + 100}.html">${escapeHtml(title)}</a></li>`).join('');
  const content = random.chance(0.3)
    ? `<p>${report.blocks.map(escapeHtml).join('<br>\n')}</p>`
    : report.blocks
        .map((block) =>
          /^[一二三四五六七八九十]+、/.test(block)
            ? `<p><strong>${escapeHtml(block)}</strong></p>`
            : `<p>${escapeHtml(block)}</p>`,
        )
        .join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="${charset}"><title>${escapeHtml(report.title)}_${chrome.site}</title>
<script>var _hmt = _hmt || []; (function () {
var s = document.createElement("script"); s.src = "/stat.js?v=3"; document.head.appendChild(s); })();</script>
<style>body{font:14px/1.6 sans-serif}.side{float:right;width:300px}.ad{margin:8px 0}</style></head>
<body>
<div class="top">欢迎来到${chrome.site}！<a href="/login">登录</a> | <a href="/register">注册</a> | <a href="#">设为首页</a></div>
<div class="nav">${categories.map((category, index) => `<a href="/c/${index}/">${category}</a>`).join(' ')}</div>
<div class="crumb">当前位置：<a href="/">${chrome.site}</a> &gt; <a href="/c/1/">${chrome.category}</a> &gt; 教育工作</div>
<div class="side"><h3>热门文章</h3><ul>${links(chrome.related.slice(0, 3))}</ul><h3>最新更新</h3><ul>${links(chrome.related.slice(3))}</ul></div>
<div class="article"><h1>${escapeHtml(report.title)}</h1>
<div class="info">时间：${chrome.date} 阅读：${chrome.views} 来源：${chrome.site}</div>
<div class="content">
${content}
</div>
<div class="pages">上一篇：<a href="/a/1.html">${escapeHtml(chrome.related[0]!)}</a>
下一篇：<a href="/a/2.html">${escapeHtml(chrome.related[1]!)}</a></div>
</div>
<script>document.write('<div class="ad">广告位招租</div>');</script>
<div class="footer">Copyright © 2024 ${chrome.site} 版权所有 京ICP备12345678号</div>
</body></html>
`;
}

function collectionPage(reports: readonly SourceReport[], chrome: Chrome, random: Random): string {
  const marker = random.pick([
    (index: number) => `【篇${numerals[index]}】`,
    (index: number) => `【第${index + 1}篇】`,
  ]);
  return [
    ...navigationLines(chrome),
    `教育局工作总结合集（精选${reports.length}篇）`,
    `发布时间：${chrome.date} 作者：网友投稿 浏览：${chrome.views}`,
    '以下是小编精心整理的教育局工作总结合集，仅供参考，希望对大家有所帮助。',
    ...reports.flatMap((report, index) => [
      `${marker(index)}${report.title}`,
      ...(random.chance(0.5) ? [report.title] : []),
      ...report.blocks,
    ]),
    '标签：教育局 工作总结',
    ...tailLines(chrome),
  ].join('\n');
}

function runOnPage(report: SourceReport, chrome: Chrome, random: Random): string {
  return [[report.title, ...report.blocks].join(random.pick([' ', ''])), '', ...navigationLines(chrome)].join('\n');
}

const utf8 = new TextEncoder();

/**
 * `count` saved pages built around generated reports, the templates taken in
 * turn so every kind appears. The same seed gives the same bytes.
 */
export function benchPages(count: number, options: BenchPageOptions): BenchPage[] {
  const random = createRandom(options.seed);
  let reportIndex = 0;
  const nextReport = () => sourceReport(reportIndex++, options);
  return Array.from({ length: count }, (_, index): BenchPage => {
    const template = pageTemplates[index % pageTemplates.length]!;
    const chrome = chromeFor(random);
    const name = (extension: string) => `${String(index + 1).padStart(5, '0')}-${template}.${extension}`;
    switch (template) {
      case 'text-chrome': {
        const report = nextReport();
        return {
          name: name('txt'),
          template,
          bytes: utf8.encode(textPage(report, chrome, random)),
          titles: [report.title],
        };
      }
      case 'html-sidebar': {
        const report = nextReport();
        return {
          name: name('html'),
          template,
          bytes: utf8.encode(htmlPage(report, chrome, random, 'utf-8')),
          titles: [report.title],
        };
      }
      case 'collection': {
        const reports = [nextReport(), nextReport(), nextReport()];
        return {
          name: name('txt'),
          template,
          bytes: utf8.encode(collectionPage(reports, chrome, random)),
          titles: reports.map((report) => report.title),
        };
      }
      case 'gbk-html': {
        const report = nextReport();
        const html = htmlPage(report, chrome, random, 'gbk');
        return {
          name: name('gbk.html'),
          template,
          bytes: encodeGb18030(html, (char) => `&#${char.codePointAt(0)};`),
          titles: [report.title],
        };
      }
      case 'run-on': {
        const report = nextReport();
        return {
          name: name('txt'),
          template,
          bytes: utf8.encode(runOnPage(report, chrome, random)),
          titles: [report.title],
        };
      }
      case 'traditional': {
        const report = nextReport();
        return {
          name: name('txt'),
          template,
          bytes: utf8.encode(options.toTraditional(textPage(report, chrome, random))),
          titles: [options.toTraditional(report.title)],
        };
      }
      default:
        throw new Error(`no page template ${template satisfies never}`);
    }
  });
}
