/**
 * The other articles an article page links to by content: the reports of the same event
 * and the related articles the ingest computed (frontmatter `sameEvent` and `related`, ids
 * best first; scripts/ingest/related/). Looked up by id once per build; an id no article has
 * (cannot happen in a build from one ingest) is left out.
 */
import { allArticles, type Article } from './articles.ts';

export interface RelatedLink {
  title: string;
  slug: string;
}

export interface ArticleRelations {
  sameEvent: RelatedLink[];
  related: RelatedLink[];
}

let byId: Promise<Map<string, Article>> | undefined;

function articlesById(): Promise<Map<string, Article>> {
  byId ??= allArticles().then((articles) => new Map(articles.map((a) => [a.data.id, a])));
  return byId;
}

/** The titles and slugs of the articles `article` links to, in its order. */
export async function relationsOf(article: Article): Promise<ArticleRelations> {
  const ids = await articlesById();
  const links = (list: readonly string[] | undefined): RelatedLink[] =>
    (list ?? []).flatMap((id) => {
      const other = ids.get(id);
      return other ? [{ title: other.data.title, slug: other.data.slug }] : [];
    });
  return { sameEvent: links(article.data.sameEvent), related: links(article.data.related) };
}
