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

function customData(data: Article['data']): string {
  const creator = data.source ? `<dc:creator>${escapeXml(data.source)}</dc:creator>` : '';
  const date = data.date && data.date.length < 10 ? `<dc:date>${data.date}</dc:date>` : '';
  return creator + date;
}

function item(article: Article) {
  const { data } = article;
  return {
    title: data.title,
    link: publicUrl(articlePath(data.slug))!,
    description: data.description,
    // RSS dates are days; a month or a year is given as Dublin Core's W3C date (`2022-10`).
    ...(data.date?.length === 10 ? { pubDate: new Date(`${data.date}T00:00:00Z`) } : {}),
    ...(data.section ? { categories: [data.section] } : {}),
    ...(customData(data) ? { customData: customData(data) } : {}),
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
