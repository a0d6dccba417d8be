import { foldText } from '../text/fold.ts';

/**
 * Recognizes the lines a document site wraps around a report. Each rule looks
 * at one line, in folded (Simplified) form so Traditional pages are covered,
 * and only at lines short enough to be chrome: a long line is body text even
 * if it mentions 阅读 or 下载.
 */

export type NoiseKind =
  | 'breadcrumb'
  | 'navigation'
  | 'site-name'
  | 'counter'
  | 'page-meta'
  | 'account'
  | 'boilerplate'
  | 'disclaimer'
  | 'copyright'
  | 'page-number'
  | 'tag-line';

interface Rule {
  kind: NoiseKind;
  maxLength: number;
  test(folded: string): boolean;
}

const rules: Rule[] = [
  {
    kind: 'breadcrumb',
    maxLength: 120,
    test: (line) =>
      /^(您?(当前|现在)?的?(所在)?位置|当前位置|你的位置)\s*[:：]/.test(line) || /^(网站)?首页\s*[>›»\/]/.test(line),
  },

  {
    kind: 'boilerplate',
    maxLength: 300,
    test: (line) =>
      /(小编|本站|我们|为大家|为您|给大家|帮大家).{0,24}(整理|收集|搜集|精心|推荐|带来|分享|准备)/.test(line) ||
      /(供大家|供你|供您)(参考|借鉴|学习|阅读)|欢迎(阅读|品鉴|借鉴|参考|查看|下载|收藏)|希望(对|能|可以)?(你|您|大家)有所?帮助|提供参考|仅供参考/.test(
        line,
      ),
  },

  {
    kind: 'disclaimer',
    maxLength: 200,
    test: (line) => /仅供(学习|个人|交流)?(参考|交流|学习|使用)|如有侵权|侵权(请)?(联系|删除)|免责声明|转载请注明|版权(归|属)(原)?作者/.test(line),
  },

  {
    kind: 'copyright',
    maxLength: 120,
    test: (line) => /^(©|copyright|版权所有)/i.test(line) || /icp(备|证)|公网安备|(举报|投诉)(邮箱|电话|中心|入口)?$/i.test(line),
  },

  {
    kind: 'counter',
    maxLength: 80,
    test: (line) =>
      !line.includes('。') &&
      /(阅读|浏览|人气|点击|热度|阅读量|浏览量|浏览次数)\s*[:：(（]?\s*[\d.]+\s*[wW万千kK]?\s*[)）]?/.test(line),
  },

  {
    kind: 'page-meta',
    maxLength: 100,
    test: (line) =>
      !line.includes('。') &&
      /(发布(时间|于|日期)|更新(时间|于|日期)|上传(时间|于|者)|会员上传|用户上传|下载(docx?|pdf|word|文档|本文)|文档下载|栏目\s*[:：]|字号\s*[:：]|投稿|责任编辑|编辑\s*[:：]|作者\s*[:：]|来源\s*[:：]\s*\S{0,20}$|(收藏|分享)(本文|到))/i.test(
        line,
      ),
  },

  {
    kind: 'account',
    maxLength: 40,
    test: (line) => !line.includes('。') && /(登录|登陆|注册|退出|会员中心|个人中心|我的收藏|加入收藏|设为首页|收藏本站|免费注册)/.test(line),
  },

  {
    kind: 'page-number',
    maxLength: 20,
    test: (line) => /^[-—–\s]*(第\s*)?\d+\s*(页|\/\s*\d+\s*页?)?[-—–\s]*$/.test(line) || /^(上一页|下一页|返回顶部|打印本页|关闭窗口|返回列表)$/.test(line),
  },
];

export function classifyLine(line: string): NoiseKind | undefined {
  if (line === '') return undefined;
  const folded = foldText(line);
  if (/^(标签|关键词|关键字|tags?)\s*[:：]/i.test(folded) && line.length <= 120) return 'tag-line';
  const kind = rules.find((rule) => line.length <= rule.maxLength && rule.test(folded))?.kind;
  return kind ?? (isNavigationLine(folded) ? 'navigation' : undefined);
}

/** A row of menu entries: five or more short words separated by spaces, no sentence punctuation. */
export function isNavigationLine(line: string): boolean {
  if (line.length > 160 || /[。，,；;！？!?、]/.test(line)) return false;
  const words = line.split(/[\s|｜·•]+/).filter(Boolean);
  return words.length >= 5 && words.every((word) => word.length <= 6);
}

/** The words of a tag line (标签: 材料 教育 报告), which hint at topics. */
export function tagWords(line: string): string[] {
  return line
    .replace(/^[^:：]*[:：]/, '')
    .split(/[\s,，、;；|]+/)
    .filter(Boolean);
}

const siteSuffix = /(网|網|站|文库|文庫|范文|範文|资料|資料|文档|文檔|百科|大全|之家|在线|線上|在線)$/;

/**
 * The name of the site the page came from: the first breadcrumb entry when it
 * is a name rather than 首页, a short first line ending like a site name
 * (…网, …站, …文库), the part after the dash of a page title (… - 范文宝), or
 * the name in a copyright line.
 */
export function findSiteName(lines: readonly string[]): string | undefined {
  for (const line of lines.slice(0, 12)) {
    const crumb = /^(?:您?(?:当前|现在)?的?(?:所在)?位置|当前位置|你的位置)\s*[:：]\s*([^>›»/]+?)\s*[>›»/]/.exec(foldText(line));
    if (crumb && !/^(首页|主页|网站首页)$/.test(crumb[1]!.trim())) {
      const start = crumb[0].indexOf(crumb[1]!);
      return line.slice(start, start + crumb[1]!.trim().length);
    }
  }
  const first = lines.find((line) => line !== '');
  if (first && first.length <= 12 && siteSuffix.test(first) && !/[，。、：:]/.test(first)) return first;
  for (const line of lines.slice(0, 5)) {
    const dashed = /^.{4,}?(?:\s+[-—–|｜_]\s+|_)(\S{2,12})$/.exec(line);
    if (dashed && (siteSuffix.test(dashed[1]!) || /\s[-—–|｜]\s/.test(line))) return dashed[1];
  }
  for (const line of lines) {
    const copyright = /^(?:copyright|©|版权所有)\s*(?:©|\(c\))?\s*[\d\s\-–—]*\s*([^\s©,，]{2,16}?)(?:\s|版权所有|$)/i.exec(line);
    if (copyright && /\p{Script=Han}/u.test(copyright[1]!)) return copyright[1];
  }
  return undefined;
}

const tailMarkers = /^(推荐阅读|相关阅读|延伸阅读|相关文章|相关推荐|相关范文|猜你喜欢|换一换|大家正在看|大家都在看|热门文章|热门推荐|最新文章|精彩推荐|更多相关|你可能感兴趣|您可能感兴趣|上一篇|下一篇)/;

/**
 * Index of the first line of the reading-list tail (推荐阅读, 相关文章 …): from
 * there to the end nothing is body text. A marker counts only if no long
 * paragraph follows it.
 */
export function findTail(lines: readonly string[]): number | undefined {
  for (let index = 0; index < lines.length; index += 1) {
    if (!tailMarkers.test(foldText(lines[index]!))) continue;
    const rest = lines.slice(index + 1);
    if (rest.every((line) => line.length <= 60 || classifyLine(line) !== undefined)) return index;
  }
  return undefined;
}
