import { foldText } from '../text/fold.ts';
import type { Catalogue } from './catalogue.ts';
import type { SourceLine } from './removals.ts';

const crumbStart =
  /^(?:您?(?:当前|现在)?的?(?:所在)?位置|当前位置|你的位置|所在位置)\s*[:：]\s*([^>›»/＞]+?)\s*[>›»/＞]/;
const topLevelDomains = 'com|cn|net|org|cc|top|info|vip|tw|hk|mo|io|me|co|xyz|site|club|wang|ink|work';
const domain = new RegExp(
  String.raw`(?:https?:\/\/)?(?:www\.|m\.|wap\.)?[a-z0-9][a-z0-9-]{1,40}(?:\.[a-z0-9-]{1,20})*` +
    String.raw`\.(?:${topLevelDomains})(?:\.(?:cn|tw|hk))?(?:\/[\w./?=&%-]*)?`,
  'giu',
);

/**
 * Names the page's site calls itself, and its domains: the first breadcrumb
 * entry when it is a name rather than 首页, a short line ending like a site name
 * (…网, …文库) near the top, the part after the dash of the page title, the name
 * in a copyright line. They are removed where they stand alone and where they
 * are spliced into report sentences as watermarks.
 */
export function findSiteNames(
  lines: readonly SourceLine[],
  pageTitles: readonly string[],
  catalogue: Catalogue,
): string[] {
  const names = new Set<string>();
  // A name with 教育 in it may be report wording; a 公众号 that calls itself so (某某教育发布) is still a name.
  const add = (name: string | undefined, account = false) => {
    const trimmed = name?.trim() ?? '';
    // Links in a footer (关于本站, 网站首页) end like names and are not.
    if (/^(关于|本站|本网|网站|首页|返回|联系)/.test(foldText(trimmed))) return;
    if (
      Array.from(trimmed).length >= 2 &&
      Array.from(trimmed).length <= 16 &&
      !(account ? /(局|政府|委员会)$/ : /教育|局|县|政府/).test(foldText(trimmed))
    )
      names.add(trimmed);
  };
  for (const { text } of lines.slice(0, 15)) {
    const crumb = crumbStart.exec(foldText(text));
    if (crumb && !/^(首页|主页|网站首页)$/.test(crumb[1]!.trim()))
      add(text.slice(crumb[0].indexOf(crumb[1]!), crumb[0].indexOf(crumb[1]!) + crumb[1]!.trim().length));
    if (Array.from(text).length <= 12 && catalogue.siteNameEnding.test(foldText(text)) && !/[，。、：:\s]/.test(text))
      add(text);
  }
  for (const { text } of [...lines.slice(0, 8), ...lines.slice(-5)]) {
    // 公文写作网 - 专业公文写作服务平台 | 登录 | 注册: the first entry of a header or footer row that ends like a site name.
    for (const chunk of text.split(/\s+[-—–─|｜·]\s+|[|｜]/))
      if (Array.from(chunk.trim()).length <= 12 && catalogue.siteNameEnding.test(foldText(chunk.trim()))) add(chunk);
    const source = /(?:来源|来自|出处)\s*[:：]\s*(\S{2,16})/.exec(text);
    if (source && catalogue.siteNameEnding.test(foldText(source[1]!))) add(source[1]);
  }
  for (const { text } of lines) {
    // A 公众号 names itself in its byline (原创 某某教育发布 某某教育发布 2023-02-13) and in its call to follow it.
    const byline = /^原创\s+(\S{2,16})\s+\1(?:\s|$)/u.exec(text);
    if (byline) add(byline[1], true);
    const folded = foldText(text);
    const follow =
      /[“"「『]([^”"」』]{2,16})[”"」』]\s*(?:即可)?关注/u.exec(folded) ??
      /关注\s*(?:公众号)?\s*[“"「『]?([^\s“”"「」『』，,。]{2,16}?)[”"」』]?\s*$/u.exec(folded);
    if (follow && Array.from(text).length <= 40)
      add(
        text
          .slice(follow.index, follow.index + follow[0].length)
          .slice(follow[0].indexOf(follow[1]!), follow[0].indexOf(follow[1]!) + follow[1]!.length),
        true,
      );
  }
  // 某某工作总结【范文斋】: the site's name in brackets after the page title.
  for (const title of pageTitles) {
    const bracketed = /[【[]([^】\]]{2,12})[】\]]\s*$/u.exec(title);
    if (bracketed && catalogue.siteNameEnding.test(foldText(bracketed[1]!))) add(bracketed[1]);
  }
  for (const title of [...pageTitles, ...lines.slice(0, 5).map((line) => line.text)]) {
    const dashed = /^.{4,}?(?:\s*[-—–|｜_]\s*)([^-—–|｜_\s]{2,16})$/.exec(title);
    if (dashed && (catalogue.siteNameEnding.test(foldText(dashed[1]!)) || /\s[-—–|｜]\s/.test(title))) add(dashed[1]);
  }
  const domains = new Map<string, number>();
  for (const { text } of lines) {
    const copyright =
      /^(?:copyright|©|版权所有)\s*(?:©|\(c\))?\s*[\d\s\-–—]*\s*([^\s©,，]{2,16}?)(?:\s|版权所有|all|$)/i.exec(
        foldText(text),
      );
    if (copyright && /\p{Script=Han}/u.test(copyright[1]!))
      add(text.slice(copyright.index + copyright[0].indexOf(copyright[1]!)).slice(0, copyright[1]!.length));
    // 某某范文馆 版权所有, 范本屋 fanbenwu.com 版权所有: the name before the notice.
    const owner = /^([^\s©,，]{2,16}?)\s*(?:[a-z0-9.-]+\.[a-z]{2,}\s*)?(?:©\s*)?版权所有/.exec(foldText(text));
    if (owner && /\p{Script=Han}/u.test(owner[1]!)) add(text.slice(0, owner[1]!.length));
    // An address a report cites once in a sentence is text; one the page repeats or prints alone is the site's.
    for (const match of text.matchAll(domain)) {
      // An address spliced between two Chinese words, with no 登录/访问/网址 to introduce it, is a watermark.
      const before = text.slice(Math.max(0, match.index - 4), match.index);
      const spliced =
        /\p{Script=Han}|[，。、]$/u.test(before.slice(-1)) &&
        !/(登录|登陆|访问|网址|网站|关注|浏览|详见|见|：|:)\s*$/.test(before);
      const official = /\.(gov|edu)\.cn/.test(match[0]);
      const weight = Array.from(text).length <= 40 ? 2 : spliced && !official ? 2 : 1;
      domains.set(match[0], (domains.get(match[0]) ?? 0) + weight);
    }
  }
  for (const [address, weight] of domains) if (weight >= 2) names.add(address);
  return [...names].sort((a, b) => b.length - a.length);
}
