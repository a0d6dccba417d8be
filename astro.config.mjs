// @ts-check
import { defineConfig } from 'astro/config';
import { archiveContent } from './src/integrations/archive-content.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { publish } from './src/integrations/publish.ts';
import { shardOutput } from './src/integrations/shard-output.ts';
import { resolveArchivePaths } from './src/lib/config/paths.ts';

const { outDir, basePath } = resolveArchivePaths();

export default defineConfig({
  base: basePath,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  integrations: [archiveContent(), searchIndex(), publish(), shardOutput()],
  server: { host: 'localhost', port: 4321 },
});
