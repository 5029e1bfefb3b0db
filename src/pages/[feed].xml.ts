/** The RSS feed of the whole archive: /rss.xml (see src/data/feeds.ts). */
import type { APIRoute } from 'astro';
import { everything } from '../data/articles.ts';
import { feedResponse } from '../data/feeds.ts';
import { feedsEnabled, site } from '../data/site.ts';

export function getStaticPaths() {
  return feedsEnabled ? [{ params: { feed: 'rss' } }] : [];
}

export const GET: APIRoute = async () => feedResponse(site.title, site.description, await everything());
