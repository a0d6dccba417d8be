/**
 * What the importer took out of a page. Nothing leaves a report silently:
 * every line or phrase removed is kept here with where it was and which rule
 * removed it, so a reviewer can put back a wrong cut.
 */
export interface Removal {
  /** 1-based line of the decoded input (for HTML, of the page's text). */
  line: number;
  /** The text removed: a whole line, or the phrase cut out of one. */
  text: string;
  /** Rule that removed it: a chrome rule id from catalogue.yml, or one of the structural rules below. */
  rule: string;
}

/** Rules that are steps of the pipeline rather than entries of the catalogue. */
export const structuralRules: Record<string, string> = {
  navigation: '一行短词组成的导航栏',
  'outside-article': '网页正文区域之外（Readability）',
  caption: '网页图片的说明文字',
  'outside-body': '正文前后不属于报告的内容',
  tail: '“推荐阅读”等之后的文章列表',
  'related-block': '正文中间的“相关推荐”卡片',
  'cut-off': '付费或预览截断之后的内容',
  'repeated-line': '在页面上重复出现的短行（页眉、页脚、水印）',
  'repeated-title': '重复的标题',
  teaser: '正文前重复的摘要',
  'site-name': '网站名称',
  watermark: '夹在句中或行尾的网站名、网址或推广词',
  'spam-query': '夹在句中的广告搜索词（……哪家好、……公司电话）',
  'spam-sentence': '粘在段落里的一句广告（……免费领取，加微信即送）',
  'after-signature': '落款之后网站加的话',
  'page-metadata': '与标题粘在一行的信息公开字段',
  'collection-title': '合集页第一篇之前的页头和导语',
};

/** A line of the input with its 1-based number, carried through the steps so removals can say where. */
export interface SourceLine {
  no: number;
  text: string;
  /** Set when a page break (footer, running header) was removed just before this line, which may continue the sentence cut by it. */
  afterBreak?: boolean;
  /** The last input line this one covers, when it was joined from several (a paragraph carried over a page). */
  through?: number;
  /** A divider line (﹏﹏﹏, ———) stood just above: in a collection it parts one report from the next. */
  afterDivider?: boolean;
  /** The line lies outside the article the HTML extractor found: never report text, still a place to look for the title. */
  outside?: boolean;
  /** The line was indented in the input: in wrapped text, an indented line opens a paragraph and the others continue one. */
  indent?: boolean;
}
