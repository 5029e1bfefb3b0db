/**
 * Citation data for an article: its CSL-JSON item (the Citation Style Language's data
 * format, which citation managers and citeproc read) and the Highwire `citation_*` meta
 * tags Zotero's page translators look for. One rule for both, from the article's
 * frontmatter and its permanent address (the short link `/a/<id>/`, absolute when the
 * site's URL is known). Pure: the article page, the CSL-JSON file and the browser's cite
 * panel (src/client/citation/) all start from `cslItem`.
 */
import { parse as parseName } from '@citation-js/name';

/** A person's name as CSL-JSON holds it. */
export interface CslName {
  family?: string;
  given?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
  suffix?: string;
  /** A name that is not a person's (an agency, a desk), kept whole. */
  literal?: string;
}

/** A CSL date: `[year]`, `[year, month]` or `[year, month, day]`, as precise as known. */
export interface CslDate {
  'date-parts': [number[]];
}

/** The CSL-JSON item of one article (type `article-newspaper`). */
export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title'?: string;
  author?: CslName[];
  issued?: CslDate;
  URL: string;
  section?: string;
  page?: string;
  language?: string;
  abstract?: string;
}

/** What a citation needs of an article (its frontmatter's fields). */
export interface CitedArticle {
  id: string;
  title: string;
  /** The publication (CSL's container title). */
  source?: string | undefined;
  authors?: readonly string[] | undefined;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date?: string | undefined;
  section?: string | undefined;
  page?: string | undefined;
  language: string;
  description?: string | undefined;
}

/** Words that mark an author line as an organisation, not a person. */
const NOT_A_PERSON =
  /\b(?:staff|reporters?|correspondents?|desk|agency|agencies|news|press|service|bureau|editorial|team|wire)\b/i;

/** A name as CSL holds it: parsed into family and given names, or kept whole. */
export function cslName(name: string): CslName {
  const text = name.trim();
  if (NOT_A_PERSON.test(text) || !/\s|,/.test(text)) return { literal: text };
  const parsed = parseName(text) as CslName;
  return parsed.family ? parsed : { literal: text };
}

/** The CSL date of `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with exactly the parts it has. */
export function cslDate(date: string): CslDate | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!match) return undefined;
  const parts = match
    .slice(1)
    .filter((p): p is string => p !== undefined)
    .map(Number);
  return { 'date-parts': [parts] };
}

/** The article's CSL-JSON item; `url` is its permanent address. */
export function cslItem(article: CitedArticle, url: string): CslItem {
  const issued = article.date ? cslDate(article.date) : undefined;
  return {
    id: article.id,
    type: 'article-newspaper',
    title: article.title,
    ...(article.source ? { 'container-title': article.source } : {}),
    ...(article.authors && article.authors.length > 0 ? { author: article.authors.map(cslName) } : {}),
    ...(issued ? { issued } : {}),
    URL: url,
    ...(article.section ? { section: article.section } : {}),
    ...(article.page ? { page: article.page } : {}),
    language: article.language,
    ...(article.description ? { abstract: article.description } : {}),
  };
}

/** A CSL name as one line (`Family, Given`), for the meta tags. */
function nameLine(name: CslName): string {
  if (name.literal) return name.literal;
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  return name.given ? `${family}, ${name.given}` : family;
}

/**
 * The Highwire Press meta tags of an item (`citation_title`, one `citation_author` per
 * author, `citation_publication_date` as `YYYY/MM/DD` with the parts known …), as
 * name–content pairs in page order.
 */
export function highwireTags(item: CslItem): [string, string][] {
  const tags: [string, string][] = [['citation_title', item.title]];
  for (const author of item.author ?? []) tags.push(['citation_author', nameLine(author)]);
  const parts = item.issued?.['date-parts'][0];
  if (parts) {
    const date = parts.map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, '0'))).join('/');
    tags.push(['citation_publication_date', date], ['citation_date', date]);
  }
  if (item['container-title']) {
    tags.push(['citation_newspaper_title', item['container-title']]);
    tags.push(['citation_publisher', item['container-title']]);
  }
  if (item.section) tags.push(['citation_section', item.section]);
  if (item.page) tags.push(['citation_firstpage', item.page]);
  if (item.language) tags.push(['citation_language', item.language]);
  tags.push(['citation_public_url', item.URL], ['citation_fulltext_html_url', item.URL]);
  return tags;
}
