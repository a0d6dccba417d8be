/**
 * Every internal address of the site, in one place. Addresses carry the base
 * path the site is served under (`/` on a domain of its own, `/archive/` on a
 * project page), and end in a slash because each page is a folder's index.html.
 */
export type SiteUrls = ReturnType<typeof siteUrls>;

/** What a report's file name, and so its slug, may be: lowercase letters and digits in hyphen-joined runs. */
export const reportSlugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Listings split into pages: page 1 is the listing itself, later pages are `<listing><n>/`. */
function pageSuffix(page: number): string {
  return page <= 1 ? '' : `${page}/`;
}

export function siteUrls(base = '/') {
  const root = base.endsWith('/') ? base : `${base}/`;
  const at = (path: string) => `${root}${path}`;
  return {
    home: at(''),
    about: at('about/'),
    contribute: at('about/#contribute'),
    search: at('search/'),
    reports: (page = 1) => at(page <= 1 ? 'reports/' : `reports/page/${page}/`),
    report: (slug: string) => at(`reports/${slug}/`),
    compare: (a: string, b: string) => at(`compare/?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`),
    section: (slug: string, anchor: string) => at(`reports/${slug}/#${anchor}`),
    topics: at('topics/'),
    topic: (id: string, page = 1) => at(`topics/${id}/${pageSuffix(page)}`),
    years: at('years/'),
    year: (year: number | null, page = 1) => at(`years/${year ?? 'undated'}/${pageSuffix(page)}`),
    types: at('types/'),
    type: (type: string, page = 1) => at(`types/${type}/${pageSuffix(page)}`),
    regions: at('regions/'),
    region: (slug: string, page = 1) => at(`regions/${slug}/${pageSuffix(page)}`),
    favicon: at('favicon.svg'),
    asset: (path: string) => at(path.replace(/^\//, '')),
  };
}
