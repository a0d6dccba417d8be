export interface Page<T> {
  /** 1-based. */
  number: number;
  /** Number of pages in the listing. */
  total: number;
  items: T[];
}

/** Splits a listing into pages; an empty listing still has its first page. */
export function paginate<T>(items: readonly T[], perPage: number): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: total }, (_, index) => ({
    number: index + 1,
    total,
    items: items.slice(index * perPage, (index + 1) * perPage),
  }));
}

/** Page sizes keep every listing page small enough for a phone on a slow network. */
export const reportsPerPage = 100;
export const sectionsPerPage = 200;

export interface PageLinks {
  previous?: string;
  next?: string;
  pages: { number: number; url: string; current: boolean }[];
}

/** Links for a pager: neighbours, plus every page number when there are few, else a window around the current one. */
export function pageLinks(current: number, total: number, urlOf: (page: number) => string): PageLinks {
  const numbers = new Set<number>([1, total]);
  for (let page = current - 2; page <= current + 2; page += 1) if (page >= 1 && page <= total) numbers.add(page);
  return {
    ...(current > 1 ? { previous: urlOf(current - 1) } : {}),
    ...(current < total ? { next: urlOf(current + 1) } : {}),
    pages: [...numbers]
      .sort((a, b) => a - b)
      .map((page) => ({ number: page, url: urlOf(page), current: page === current })),
  };
}
