/** `页面 · 站名`, or the site name alone on the home page. */
export function pageTitle(title: string | undefined, siteTitle: string): string {
  return title ? `${title} · ${siteTitle}` : siteTitle;
}
