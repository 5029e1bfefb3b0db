/**
 * `/a/<id>/csl.json`: each article's CSL-JSON (a one-item array, as citation managers
 * import it), linked from its page. Beside the short link, so it never moves.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citationOf } from '../../../data/citation.ts';
import { allArticles, type Article } from '../../../data/articles.ts';

export const getStaticPaths = (async () =>
  (await allArticles()).map((article) => ({
    params: { id: article.data.id },
    props: { article },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = ({ props }) =>
  new Response(`${JSON.stringify([citationOf(props.article.data)], null, 2)}\n`, {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' },
  });
