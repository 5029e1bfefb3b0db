/**
 * Dates from the neighbours: a pass over the articles of one input file, in file order
 * (docs/CONVENTIONS.md, "Dates"). A dump is a collection made at one time: an article
 * without a date of its own is dated by the nearest article before and the nearest after
 * it (at most MAX_NEIGHBOUR_DISTANCE articles away) whose date is their own (not found
 * from neighbours in turn):
 * - its relative words (`on Tuesday`, `October 19`) are resolved against each of them and
 *   the article gets the day (or month) the resolutions agree on;
 * - without relative words it gets only the month (or year) its neighbours share, never a
 *   day: being next to an article of 18 October says nothing about the day.
 * Neighbours that share nothing (a dump of mixed years) leave the article undated.
 */
import { precisionOf, sharedDates, truncateDate } from '../../../src/shared/article-date.ts';
import { dated, type ArticleDate } from './article-date.ts';
import { resolveClues } from './resolve-clues.ts';

const DATE_FIELDS = ['date', 'datePrecision', 'dateBasis', 'dateEvidence', 'dateAnchor'] as const;

/** How far (in articles of the same file) a neighbour may be. */
export const MAX_NEIGHBOUR_DISTANCE = 5;

/** An article's date as the pass reads and writes it (EnrichedArticle has these fields). */
export type DatedArticle = ArticleDate;

function ownDate(article: DatedArticle): string | undefined {
  return article.dateBasis !== undefined && article.dateBasis !== 'neighbours' ? article.date : undefined;
}

/** The nearest article with a date of its own in direction `step`, within the distance. */
function nearest(articles: readonly DatedArticle[], from: number, step: 1 | -1): string | undefined {
  for (let d = 1; d <= MAX_NEIGHBOUR_DISTANCE; d++) {
    const other = articles[from + step * d];
    if (!other) return undefined;
    const date = ownDate(other);
    if (date !== undefined) return date;
  }
  return undefined;
}

/**
 * Dates the undated articles of one file (in file order) from their neighbours, in place.
 * Articles with a date of their own are not changed; running it twice changes nothing more.
 */
export function dateFromNeighbours(articles: DatedArticle[]): void {
  const found = articles.map((article, i) => {
    if (ownDate(article) !== undefined) return undefined;
    const anchors = [nearest(articles, i, -1), nearest(articles, i, 1)].filter(
      (d): d is string => d !== undefined,
    );
    if (anchors.length === 0) return undefined;
    const anchor = sharedDates(anchors) ?? anchors[0]!;
    const clues = article.dateClues ?? [];
    if (clues.length > 0) {
      const resolved = anchors.map((a) => resolveClues(clues, a)).filter((d): d is string => d !== undefined);
      const date = sharedDates(resolved);
      if (date !== undefined && precisionOf(date) !== 'year') {
        return dated(date, 'neighbours', { evidence: clues[0]!, anchor });
      }
    }
    const shared = sharedDates(anchors);
    if (shared === undefined) return undefined;
    return dated(precisionOf(shared) === 'day' ? truncateDate(shared, 'month') : shared, 'neighbours', {
      anchor,
    });
  });
  articles.forEach((article, i) => {
    if (ownDate(article) !== undefined) return;
    // A date from an earlier pass is replaced: the fields are written afresh, in one order.
    for (const field of DATE_FIELDS) delete article[field];
    const date = found[i];
    if (date) Object.assign(article, date);
  });
}
