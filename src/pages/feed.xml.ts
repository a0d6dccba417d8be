import type { APIRoute } from 'astro';
import { getArchive } from '../lib/archive/archive-store.ts';
import { siteFeed } from '../lib/publish/feeds.ts';
import { siteOrigin } from '../lib/site/origin.ts';
import { siteUrls } from '../lib/site/urls.ts';

export const GET: APIRoute = async () => {
  const archive = await getArchive(import.meta.env.BASE_URL);
  const body = siteFeed(archive, siteUrls(import.meta.env.BASE_URL), siteOrigin(archive.site));
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
