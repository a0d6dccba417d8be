import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../lib/archive/archive-store.ts';
import { yearFromValue } from '../../../lib/browse/listings.ts';
import { countFacet, facetByKey } from '../../../lib/facets/registry.ts';
import { yearFeed } from '../../../lib/publish/feeds.ts';
import { siteOrigin } from '../../../lib/site/origin.ts';
import { siteUrls } from '../../../lib/site/urls.ts';

export const getStaticPaths = (async () => {
  const archive = await getArchive(import.meta.env.BASE_URL);
  return countFacet(archive, facetByKey('year')).map((entry) => ({ params: { year: entry.value } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const archive = await getArchive(import.meta.env.BASE_URL);
  const body = yearFeed(
    archive,
    yearFromValue(params.year!),
    siteUrls(import.meta.env.BASE_URL),
    siteOrigin(archive.site),
  );
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
