import { reportSlugPattern } from '../site/urls.ts';

/** The two reports a comparison page was asked for, by slug; null where the address names none usable. */
interface CompareRequest {
  a: string | null;
  b: string | null;
}

/**
 * A report's slug from what a reader typed or pasted: the slug itself, or
 * any address of the report or one of its sections (…/reports/<slug>/#…).
 * Null when it names no report, so nothing unexpected is ever fetched.
 */
export function slugFromInput(input: string | null | undefined): string | null {
  const text = (input ?? '').trim();
  const named = /(?:^|\/)reports\/([^/?#]+)\/?(?:[?#].*)?$/.exec(text)?.[1] ?? text;
  let slug: string;
  try {
    slug = decodeURIComponent(named).toLowerCase();
  } catch {
    return null;
  }
  return reportSlugPattern.test(slug) ? slug : null;
}

export function compareRequestOf(search: string): CompareRequest {
  const params = new URLSearchParams(search);
  return { a: slugFromInput(params.get('a')), b: slugFromInput(params.get('b')) };
}
