/**
 * Template sites decorate titles: 范文, 范本, (通用3篇), 合集, 精选, 多篇, a site
 * name after a dash. These go; the words of the title itself stay.
 */
const suffixes = [
  /\s*[（(【[]\s*(?:通用|精选|优选|最新|热门|推荐|荐|优秀|完整版|word版|可编辑)?\s*\d*\s*篇?\s*[）)】\]]$/i,
  /\s*(?:精选|优选|通用)?\s*\d+\s*篇$/,
  /\s*(?:范文稿|范文|範文|范本|範本|范例|模板|模版|例文|合集|集锦|集錦|汇编|彙編|大全|精选|精選|多篇|最新|优秀|優秀)$/,
  /\s*[-—_|｜]\s*[^-—_|｜]{1,16}(?:网|網|站|文库|文庫)$/,
  /\s+[-—–|｜_]\s+\S{1,12}$/,
  /\.(?:docx?|wps|pdf|txt|html?)$/i,
  /[\s,，。.、:：;；!！]+$/,
];

const prefixes = [/^\s*[【[]\s*(?:推荐|精品|热门|最新|原创|精选)\s*[】\]]\s*/, /^\s*Microsoft\s+Word\s*-\s*/i];
const decorations = [...prefixes, ...suffixes];

export function cleanTitle(raw: string): string {
  let title = raw.trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const pattern of decorations) {
      const next = title.replace(pattern, '');
      if (next !== title && next.length > 0) {
        title = next;
        changed = true;
      }
    }
  }
  return title;
}

/** A title as compared for repetition: decorations, spacing and punctuation do not count. */
export function titleKey(text: string): string {
  return cleanTitle(text).replace(/[\s\p{P}]/gu, '');
}

/** Titles compared for repetition; an empty key matches nothing. */
export function sameTitle(a: string, b: string): boolean {
  const key = titleKey(a);
  return key !== '' && key === titleKey(b);
}
