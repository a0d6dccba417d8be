import { foldText } from '../text/fold.ts';
import { hash32 } from '../text/hash.ts';
import { stripNumbering } from '../text/heading-numbering.ts';

/**
 * Section anchors are derived from the heading's words, not its position or its
 * numbering, so they survive rebuilds, renumbering (二、 becoming 三、) and edits to
 * other sections. A Traditional copy of a heading gets the same anchor as the
 * Simplified one. Fixing a heading's wording changes its anchor; an author who
 * wants the old links to keep working pins the old id with `{#s-…}`.
 */

/** Letters, digits and Han characters only: punctuation and spacing changes keep the anchor. */
function anchorKey(heading: string): string {
  return foldText(stripNumbering(heading)).replace(/[^\p{L}\p{N}]+/gu, '');
}

export function deriveAnchor(heading: string): string {
  const key = anchorKey(heading) || heading;
  return `s-${hash32(key).toString(36).padStart(7, '0')}`;
}

/**
 * Gives every heading its anchor: the pinned id when the author wrote one,
 * otherwise the derived one, with `-2`, `-3` … for repeated headings.
 */
export function assignAnchors(headings: readonly { text: string; pinned?: string | undefined }[]): string[] {
  const taken = new Set(headings.flatMap((heading) => (heading.pinned ? [heading.pinned] : [])));
  return headings.map((heading) => {
    if (heading.pinned) return heading.pinned;
    const base = deriveAnchor(heading.text);
    let candidate = base;
    for (let copy = 2; taken.has(candidate); copy += 1) candidate = `${base}-${copy}`;
    taken.add(candidate);
    return candidate;
  });
}
