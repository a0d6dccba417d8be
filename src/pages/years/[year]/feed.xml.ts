import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue } from '../../../lib/archive/archive-store.ts';
import { yearFromValue } from '../../../lib/browse/listings.ts';
import { pathsOfThisBuild } from '../../../lib/config/build-scope.ts';
import { countFacet, facetByKey } from '../../../lib/facets/registry.ts';
import { yearFeed } from '../../../lib/publish/feeds.ts';
import { siteOrigin } from '../../../lib/site/origin.ts';
import { siteUrls } from '../../../lib/site/urls.ts';

export const getStaticPaths = (async () => {
  const catalogue = await getCatalogue(import.meta.env.BASE_URL);
  return pathsOfThisBuild(
    countFacet(catalogue, facetByKey('year')).map((entry) => ({ params: { year: entry.value } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const catalogue = await getCatalogue(import.meta.env.BASE_URL);
  const body = yearFeed(
    catalogue,
    yearFromValue(params.year!),
    siteUrls(import.meta.env.BASE_URL),
    siteOrigin(catalogue.site),
  );
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
