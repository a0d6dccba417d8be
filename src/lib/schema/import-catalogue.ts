import { z } from 'zod';
import { identifier, nonBlank } from './common.ts';
import { reportTypes } from './report.ts';

/**
 * `src/lib/importer/catalogue.yml`: what the importer knows about the world
 * around reports — the chrome of template sites, the words of titles and the
 * markers of collections. A new site's chrome is a line of data here, not code.
 * Patterns are JavaScript regular expressions matched against the line folded
 * to Simplified script, case-insensitively.
 */

const pattern = nonBlank.refine(
  (source) => {
    try {
      new RegExp(source, 'iu');
      return true;
    } catch {
      return false;
    }
  },
  { error: '不是有效的正则表达式' },
);

/** One rule that recognises a whole line of chrome. */
const chromeRuleSchema = z.strictObject({
  /** Name of the rule, reported with every line it removes. Required, unique. */
  id: identifier,
  /** Why such lines are chrome, for the next maintainer. Required. */
  why: nonBlank,
  /**
   * Words that make a line chrome wherever they occur in it (folded, case-insensitive).
   * Default: none. A rule needs `words`, `lines` or `patterns`.
   */
  words: z.array(nonBlank).default([]),
  /** Whole lines (after trimming spaces and brackets) that are chrome. Default: none. */
  lines: z.array(nonBlank).default([]),
  /** Regular expressions; a line matching any is chrome. Default: none. */
  patterns: z.array(pattern).default([]),
  /** Longest line (in characters) the rule applies to: a longer line is report text. Default: 80. */
  maxLength: z.number().int().positive().default(80),
  /** When true, a line holding a Chinese full stop (。) is never matched. Default: false. */
  notInSentences: z.boolean().default(false),
  /**
   * When true, the rule also applies to lines opening with a heading number
   * (一、, （一）, 1.), which are otherwise taken to be report headings. For
   * numbered legal lists such as 1、本站所有文档均由用户上传. Default: false.
   */
  numberedToo: z.boolean().default(false),
});

/** Words and patterns that decide a report's type from its title. */
const documentTypeSchema = z.strictObject({
  /** The type these words mean. Required. */
  type: z.enum(reportTypes),
  /** Title words, most specific first; the one written last in a title decides. Required. */
  words: z.array(nonBlank).min(1),
});

export const importCatalogueSchema = z.strictObject({
  /** Rules for lines of site chrome, tried in order; the first that matches names the line. Required. */
  chrome: z.array(chromeRuleSchema).min(1),
  /**
   * Words of chrome vocabulary that weigh a line towards chrome when it is scored
   * (登录, 下载, 收藏 …) without condemning it on their own. Required.
   */
  chromeWords: z.array(nonBlank),
  /** Lines from which the rest of the page is a reading list (推荐阅读, 相关文章 …). Required. */
  tailMarkers: z.array(nonBlank),
  /**
   * Paywall and preview cut-offs (全文共3514字, 点此注册 …): the report text ends
   * where one of these starts, even in the middle of a line. Required.
   */
  cutOffs: z.array(pattern),
  /** Keys of government 信息公开 metadata (索引号, 发布机构 …), glued before a title or standing alone. Required. */
  metadataKeys: z.array(nonBlank),
  /** Values such keys take that cannot be told from a following title by spacing alone (有效, 主动公开 …). Required. */
  metadataValues: z.array(nonBlank),
  /** Phrases spliced into report sentences by sites (SEO spam, slogans); removed wherever they occur. Default: none. */
  inlineSpam: z.array(nonBlank).default([]),
  /**
   * How advertisers' search phrases end (哪家好, 多少钱, 公司电话 …). An SEO
   * phrase spliced into a sentence (…9次，成都全屋定制哪家好班子成员…) is cut from
   * the sentence break or place name before it through this ending. Default: none.
   */
  spamQueries: z.array(nonBlank).default([]),
  /**
   * Words only an advertisement says (加微信, 免费领取 …). A sentence holding one
   * (公务员考试历年真题免费领取，加微信即送) is cut out of the paragraph it was glued to. Default: none.
   */
  adWords: z.array(nonBlank).default([]),
  /**
   * Place names outside the official mainland divisions that advertisers'
   * phrases open with (台中, 高雄 …), so such a phrase is found where it starts. Default: none.
   */
  spamPlaces: z.array(nonBlank).default([]),
  /** Calls to action that follow an advertiser's phrase with a brand of up to four characters (就选, 认准 …). Default: none. */
  spamCalls: z.array(nonBlank).default([]),
  /** Patterns of attributions spliced into report lines (（本文来源：某某网）); removed wherever they occur. Default: none. */
  inlinePatterns: z.array(pattern).default([]),
  /**
   * Words a numbered heading often ends with (成绩, 问题, 打算 …). In a run-on
   * line a heading glued to its paragraph (二、存在的问题一是…) is cut after one. Required.
   */
  headingEndings: z.array(nonBlank),
  /**
   * Names an education bureau goes by (教育局, 教育体育局, 教育委员会 …), as written after
   * its place: they find the issuer and end it. Required.
   */
  bureauNames: z.array(nonBlank).min(1),
  /** Endings of site names (网, 文库 …), to recognise the site a page came from. Required. */
  siteNameEndings: z.array(nonBlank),
  /**
   * Words besides the document words that name the pieces of a collection
   * (范文, 稿 …): a page's own numbered markers (▶ 讲话稿（一）, 〓范文二〓) must
   * have one or a document word in their stem. Default: none.
   */
  markerWords: z.array(nonBlank).default([]),
  /** Title words that decide the report type. Required. */
  documentTypes: z.array(documentTypeSchema).min(1),
  /**
   * Endings of titles of covering documents (…的通知, 批复): the report is what they
   * forward, so such a title scores low against the report's own. Required.
   */
  coveringDocuments: z.array(nonBlank),
  /** Patterns a site adds around a title (范文, (通用3篇), .docx, - 站名 …), removed from titles. Required. */
  titleDecorations: z.array(pattern),
  /** Patterns of page titles that name a collection rather than one report ((热门14篇), 汇总 …). Required. */
  collectionTitles: z.array(pattern),
  /** Patterns of lines that open one report of a collection (【第1篇】, 篇二, 范文一 …); group 1 is the title on the line. Required. */
  reportMarkers: z.array(pattern),
});

export type ImportCatalogue = z.output<typeof importCatalogueSchema>;
export type ChromeRule = z.output<typeof chromeRuleSchema>;
