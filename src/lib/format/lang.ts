import type { Script } from '../schema/report.ts';

/**
 * The `lang` a report's text carries on the site's zh-CN pages: Traditional
 * text is marked so browsers pick Traditional glyphs and fonts; Simplified
 * text needs no mark of its own.
 */
export function langOfScript(script: Script): 'zh-Hant' | undefined {
  return script === 'zh-Hant' ? 'zh-Hant' : undefined;
}
