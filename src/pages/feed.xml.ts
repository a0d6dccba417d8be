import type { APIRoute } from 'astro';
import { getCatalogue } from '../lib/archive/archive-store.ts';
import { siteFeed } from '../lib/publish/feeds.ts';
import { siteOrigin } from '../lib/site/origin.ts';
import { siteUrls } from '../lib/site/urls.ts';

export const GET: APIRoute = async () => {
  const catalogue = await getCatalogue(import.meta.env.BASE_URL);
  const body = siteFeed(catalogue, siteUrls(import.meta.env.BASE_URL), siteOrigin(catalogue.site));
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
