// Indexes a built site with stock Pagefind, defaults only: the baseline. Run as its own process so its time and
// memory (and those of the Pagefind binary it starts) are measured apart.
import { join } from 'node:path';

const [siteDir, pagefindEntry] = process.argv.slice(2);
if (!siteDir || !pagefindEntry) throw new Error('usage: stock-pagefind.ts <site dir> <pagefind entry url>');
const pagefind = (await import(pagefindEntry)) as typeof import('./pagefind-types.ts');

const { index, errors } = await pagefind.createIndex({});
if (!index || errors.length > 0) throw new Error(errors.join('; '));
const added = await index.addDirectory({ path: siteDir });
if (added.errors.length > 0) throw new Error(added.errors.join('; '));
const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
if (written.errors.length > 0) throw new Error(written.errors.join('; '));
await pagefind.close();
