import { identifierPattern } from '../schema/common.ts';

/**
 * Authors tag a section by ending its heading with a brace block:
 *
 *     ## 三、教师队伍管理迈出新步伐 {teachers leadership}
 *     ## 六、学校办学条件持续改善 {#banxue-tiaojian facilities, ict}
 *
 * Words inside are topic ids from content/topics.yml; one word starting with
 * `#` pins the section's anchor. Separators are spaces or commas. A brace block
 * that does not follow this grammar is ordinary heading text.
 */
export interface HeadingAttributes {
  id?: string;
  topics: string[];
}

const trailingBlock = /[ \t]*(?<!\\)\{([^{}]*)\}[ \t]*$/;

export function extractHeadingAttributes(content: string): { text: string; attributes: HeadingAttributes | null } {
  const match = trailingBlock.exec(content);
  if (!match) return { text: content, attributes: null };
  const words = (match[1] ?? '').split(/[\s,，、]+/).filter(Boolean);
  if (words.length === 0) return { text: content, attributes: null };

  const attributes: HeadingAttributes = { topics: [] };
  for (const word of words) {
    if (word.startsWith('#') && attributes.id === undefined && identifierPattern.test(word.slice(1))) {
      attributes.id = word.slice(1);
    } else if (identifierPattern.test(word)) {
      attributes.topics.push(word);
    } else {
      return { text: content, attributes: null };
    }
  }
  return { text: content.slice(0, match.index).trimEnd(), attributes };
}

/** Writes attributes back in the canonical form the importer and docs use. */
export function formatHeadingAttributes(attributes: HeadingAttributes): string {
  const words = [...(attributes.id ? [`#${attributes.id}`] : []), ...attributes.topics];
  return words.length > 0 ? `{${words.join(' ')}}` : '';
}
