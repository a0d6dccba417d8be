// The baseline the benchmark compares with: Astro's documented way to publish
// Markdown files (a content collection and one page per entry), nothing tuned.
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.STOCK_OUT_DIR,
  cacheDir: process.env.STOCK_CACHE_DIR,
  trailingSlash: 'always',
});
