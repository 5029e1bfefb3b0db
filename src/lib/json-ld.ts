/**
 * JSON-LD for article pages (schema.org `NewsArticle`) and its safe serialisation into a
 * `<script type="application/ld+json">` element: article text is untrusted, so `<`, `>`,
 * `&` and the JavaScript line separators are escaped and can never close the element.
 */

export interface NewsArticleInput {
  headline: string;
  description: string;
  /** YYYY-MM-DD, or with the time as the export states it, when known. */
  datePublished?: string | undefined;
  /** Publisher (the article's source), when known. */
  publisher?: string | undefined;
  /** The authors by name, when the export names them (else the publisher is the author). */
  authors?: string[] | undefined;
  section?: string | undefined;
  wordCount: number;
  language: string;
  /** Absolute URL of the article, when the site's URL is known. */
  url?: string | undefined;
  /** The archive's name. */
  archiveName: string;
}

/** The schema.org NewsArticle object for an article. */
export function newsArticle(input: NewsArticleInput): Record<string, unknown> {
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.headline,
    description: input.description,
    inLanguage: input.language,
    wordCount: input.wordCount,
    isPartOf: { '@type': 'WebSite', name: input.archiveName },
  };
  if (input.url) {
    data.url = input.url;
    data.mainEntityOfPage = { '@type': 'WebPage', '@id': input.url };
  }
  if (input.datePublished) data.datePublished = input.datePublished;
  if (input.publisher) {
    data.publisher = { '@type': 'Organization', name: input.publisher };
    data.author = { '@type': 'Organization', name: input.publisher };
  }
  if (input.authors && input.authors.length > 0) {
    data.author = input.authors.map((name) => ({ '@type': 'Person', name }));
  }
  if (input.section) data.articleSection = input.section;
  return data;
}

/** JSON text that is safe inside a `<script>` element whatever strings it holds. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
