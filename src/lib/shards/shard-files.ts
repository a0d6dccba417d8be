/**
 * Which files of a shard's build are the shard's own: its reports' pages and
 * the images they show. Everything else Astro writes (the national pages it
 * renders empty, scripts and styles, static files) the assembly makes itself.
 */
export function shardFiles(
  reports: readonly { slug: string }[],
  files: readonly string[],
): { keep: Set<string>; pages: string[] } {
  const pages = reports.map((report) => `reports/${report.slug}/`);
  const own = new Set(pages.map((page) => `${page}index.html`));
  return { keep: new Set(files.filter((file) => own.has(file) || file.startsWith('img/'))), pages };
}
