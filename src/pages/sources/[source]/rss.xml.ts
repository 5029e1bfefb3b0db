/** The RSS feed of one source: /sources/<source>/rss.xml (see src/data/feeds.ts). */
import type { APIRoute } from 'astro';
import { sources, type Group } from '../../../data/articles.ts';
import { feedResponse } from '../../../data/feeds.ts';
import { feedsEnabled, site } from '../../../data/site.ts';

export async function getStaticPaths() {
  if (!feedsEnabled) return [];
  return (await sources()).map((group) => ({ params: { source: group.slug }, props: { group } }));
}

export const GET: APIRoute<{ group: Group }> = ({ props }) =>
  feedResponse(
    `${props.group.name} · ${site.title}`,
    `Articles from ${props.group.name} in ${site.title}.`,
    props.group,
  );
