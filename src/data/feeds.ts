/**
 * RSS feeds (@astrojs/rss): one for the whole archive and one per source, each with the
 * newest `pageSize` articles. Written only when feeds are on and the site's URL is known
 * (feed links must be absolute). Nothing in them changes between identical builds.
 */
import rss from '@astrojs/rss';
import type { Article, Group } from './articles.ts';
import { publicUrl, site } from './site.ts';
import { articlePath } from '../shared/urls.ts';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function item(article: Article) {
  const { data } = article;
  return {
    title: data.title,
    link: publicUrl(articlePath(data.slug))!,
    description: data.description,
    ...(data.date ? { pubDate: new Date(`${data.date}T00:00:00Z`) } : {}),
    ...(data.section ? { categories: [data.section] } : {}),
    ...(data.source ? { customData: `<dc:creator>${escapeXml(data.source)}</dc:creator>` } : {}),
  };
}

/** The RSS response for a listing's newest articles. */
export function feedResponse(title: string, description: string, listing: Group): Promise<Response> {
  return rss({
    title,
    description,
    site: publicUrl('')!,
    items: listing.articles.slice(0, site.pageSize).map(item),
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>${escapeXml(site.language)}</language>`,
    trailingSlash: true,
  });
}
