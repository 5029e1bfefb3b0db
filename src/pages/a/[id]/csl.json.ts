/**
 * `/a/<id>/csl.json`: each article's CSL-JSON (a one-item array, as citation managers
 * import it), linked from its page. Beside the short link, so it never moves.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citationOf } from '../../../data/citation.ts';
import { allArticles, type Article } from '../../../data/articles.ts';
import { contentCacheKey } from '../../../data/page-cache.ts';

/** The file's text: a function of the article's citation alone, which is its cache key. */
const cslJson = (article: Article): string => `${JSON.stringify([citationOf(article.data)], null, 2)}\n`;

export const getStaticPaths = (async () =>
  Promise.all(
    (await allArticles()).map(async (article) => ({
      params: { id: article.data.id },
      props: { article },
      cacheKey: await contentCacheKey(cslJson(article)),
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = ({ props }) =>
  new Response(cslJson(props.article), {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' },
  });
