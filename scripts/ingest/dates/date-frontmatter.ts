/** The date fields of an article that go into its frontmatter (all or none of them). */
import type { DateFields } from './article-date.ts';

export function dateFrontmatter(article: DateFields): DateFields {
  if (article.date === undefined || article.datePrecision === undefined || article.dateBasis === undefined)
    return {};
  return {
    date: article.date,
    datePrecision: article.datePrecision,
    dateBasis: article.dateBasis,
    ...(article.dateEvidence ? { dateEvidence: article.dateEvidence } : {}),
    ...(article.dateAnchor ? { dateAnchor: article.dateAnchor } : {}),
  };
}
