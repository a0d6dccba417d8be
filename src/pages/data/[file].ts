import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue } from '../../lib/archive/archive-store.ts';
import { pathsOfThisBuild } from '../../lib/config/build-scope.ts';
import { dataFiles } from '../../lib/publish/data-files.ts';
import { siteOrigin } from '../../lib/site/origin.ts';
import { siteUrls } from '../../lib/site/urls.ts';

/** The open data: /data/reports.json, reports.csv, sections.csv and the fixity manifest.json. */
export const getStaticPaths = (() =>
  pathsOfThisBuild(Object.keys(dataFiles).map((file) => ({ params: { file } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const catalogue = await getCatalogue(import.meta.env.BASE_URL);
  const file = dataFiles[params.file!]!;
  const body = file.render(catalogue, siteUrls(import.meta.env.BASE_URL), siteOrigin(catalogue.site));
  return new Response(body, { headers: { 'Content-Type': file.type } });
};
