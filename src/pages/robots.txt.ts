/** robots.txt: everything may be crawled; names the sitemap when the site's URL is known. */
import type { APIRoute } from 'astro';
import { publicUrl } from '../data/site.ts';

export const GET: APIRoute = () => {
  const sitemap = publicUrl('sitemap-index.xml');
  const lines = ['User-agent: *', 'Allow: /', ...(sitemap ? ['', `Sitemap: ${sitemap}`] : [])];
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
