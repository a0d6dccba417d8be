import { z } from 'zod';
import { nonBlank } from './common.ts';

/** `content/site.yml`: what this archive calls itself and where it lives. */
export const siteSchema = z.strictObject({
  /** Name shown in the header and page titles. Required. */
  title: nonBlank,
  /** One sentence under the name on the home page. Required. */
  tagline: nonBlank,
  /** Meta description for search engines and link previews. Required. */
  description: nonBlank,
  /** Public address of the deployed site, used for canonical links. Default: absent. */
  url: z.url({ protocol: /^https?$/, error: '应为以 http:// 或 https:// 开头的网址' }).optional(),
  /**
   * Web address of the source repository, e.g. https://github.com/org/archive.
   * Report pages link to their Markdown file there. Default: absent; a build on
   * GitHub Actions then uses the repository it runs in.
   */
  repository: z.url({ protocol: /^https?$/, error: '应为以 http:// 或 https:// 开头的网址' }).optional(),
  /** Branch the repository links point at. Default: main. */
  branch: nonBlank.default('main'),
  /** How `npm run shards` cuts the archive for building on several CI runners. Default: { maxReports: 10000 }. */
  shards: z
    .strictObject({
      /**
       * Most reports one shard may hold; a province with more is cut into year spans.
       * A whole number from 100 up. Default: 10000, which one 7 GB CI runner builds comfortably.
       */
      maxReports: z.int({ error: '应为整数' }).min(100, { error: '至少 100' }).default(10_000),
    })
    .default({ maxReports: 10_000 }),
});

export type SiteConfig = z.output<typeof siteSchema>;
