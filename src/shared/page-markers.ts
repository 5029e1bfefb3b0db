/**
 * The HTML markers of an article page: what the build reads back from the built site (the
 * search index, the fidelity check, the site check) and the Pagefind attributes the search
 * index is made from (https://pagefind.app/docs/indexing/). Each is spelled here only;
 * src/pages/articles/[slug].astro and the body plugins (src/plugins/) write them, the
 * readers named below look for them.
 */

/**
 * On the one element that holds the article (`<article data-pagefind-body>`).
 * Written by: src/pages/articles/[slug].astro.
 * Read by: Pagefind (it indexes only pages that have it, only what is inside it);
 * scripts/search-index/sharded-index.ts (which pages go to the index);
 * scripts/checks/verify-site.ts (which pages are article pages);
 * scripts/checks/page-text.ts (where the article's text is).
 */
export const ARTICLE_ATTR = 'data-pagefind-body';

/**
 * Class of the element that holds the article body's blocks.
 * Written by: [slug].astro.
 * Read by: scripts/checks/page-text.ts (the body blocks the fidelity check compares);
 * scripts/checks/permalink-stability.ts (the block anchors).
 */
export const BODY_CLASS = 'article-body';

/**
 * Class of the footer line (`<p class="article-source">`).
 * Written by: [slug].astro. Read by: scripts/checks/page-text.ts (the footer line).
 */
export const FOOTER_LINE_CLASS = 'article-source';

/**
 * On each entry of an article's details list (byline, section, subjects …), naming the
 * metadata field it shows (`data-field="byline"`): the field names of
 * scripts/ingest/formats/export-format.ts (`MetadataField`).
 * Written by: src/components/ArticleDetails.astro.
 * Read by: scripts/checks/page-text.ts (the fidelity check: an export's metadata line must be
 * shown in its field on the article's page).
 */
export const FIELD_ATTR = 'data-field';

/**
 * On site chrome inside the article (the paragraph links): no article text in it.
 * Written by: src/plugins/rehype-anchor-links.ts.
 * Read by: scripts/checks/page-text.ts (skipped, with everything inside);
 * src/client/highlight.ts (never highlighted; it spells the selector itself).
 */
export const CHROME_ATTR = 'data-archive-chrome';

/**
 * Pagefind leaves out the element and everything in it (meta line, footer, chrome).
 * Written by: [slug].astro, src/plugins/rehype-anchor-links.ts. Read by: Pagefind.
 */
export const SEARCH_IGNORE_ATTR = 'data-pagefind-ignore';

/** The weight of the title's words. Written by: [slug].astro (the `h1`). Read by: Pagefind. */
export const SEARCH_WEIGHT_ATTR = 'data-pagefind-weight';

/**
 * A filter value (source, section, year). Written by: [slug].astro. Read by: Pagefind; the
 * search page offers the filters by name (src/client/search/search-state.ts).
 */
export const SEARCH_FILTER_ATTR = 'data-pagefind-filter';

/** A result's metadata (the date). Written by: [slug].astro. Read by: Pagefind. */
export const SEARCH_META_ATTR = 'data-pagefind-meta';

/**
 * A sort key (`date:YYYY-MM-DD`). Written by: [slug].astro.
 * Read by: Pagefind; scripts/pagefind/sort-values.ts (the sort values of merged shards).
 */
export const SEARCH_SORT_ATTR = 'data-pagefind-sort';

/**
 * A sub-result's title on a paragraph or list item (its opening words).
 * Written by: src/plugins/rehype-search-subresults.ts. Read by: Pagefind.
 */
export const SEARCH_TITLE_ATTR = 'data-pagefind-title';

/**
 * What every Pagefind attribute starts with. Read by: scripts/search-index/sharded-index.ts
 * (a page's `<head>` goes to Pagefind only when something in it has such an attribute).
 */
export const SEARCH_ATTR_PREFIX = 'data-pagefind-';

/**
 * An attribute as an object to spread into an element of an .astro template: `''` renders
 * the bare name (`{...attribute(ARTICLE_ATTR)}` gives ` data-pagefind-body`), any other
 * value `name="value"`, exactly as the attribute written out in the template renders.
 */
export function attribute(name: string, value = ''): Record<string, string> {
  return { [name]: value };
}
