/**
 * The small note an article page shows under its date: how the date was found (its basis,
 * src/shared/article-date.ts), with the words it came from and what they were resolved
 * against. Site chrome, not article text.
 */
import type { ArticleFrontmatter } from '../shared/article-schema.ts';
import { formatArticleDate } from '../shared/date-format.ts';

const PRECISION_WORD = { year: 'Year', month: 'Month', day: 'Date' } as const;

/** The note for a dated article, or undefined for an undated one. */
export function dateNote(data: ArticleFrontmatter, language: string): string | undefined {
  if (!data.date || !data.dateBasis || !data.datePrecision) return undefined;
  const what = PRECISION_WORD[data.datePrecision];
  const words = data.dateEvidence ? `“${data.dateEvidence}”` : undefined;
  const anchor = data.dateAnchor ? formatArticleDate(data.dateAnchor, language) : undefined;
  const only =
    data.datePrecision === 'day'
      ? ''
      : `; the ${data.datePrecision === 'month' ? 'day is' : 'month and day are'} not known`;
  switch (data.dateBasis) {
    case 'export':
      return `${what} from the database export${only}.`;
    case 'dateline':
      return `${what} from the dateline${words ? ` (${words})` : ''}${only}.`;
    case 'text':
      return `${what} stated in the text${words ? ` (${words})` : ''}${only}.`;
    case 'relative':
      return `Resolved from ${words ?? 'the text'} against the export's date${anchor ? ` (${anchor})` : ''}.`;
    case 'neighbours':
      return words
        ? `Resolved from ${words} against the dated articles next to it in the same file${anchor ? ` (${anchor})` : ''}${only}.`
        : `${what} from the dated articles next to it in the same file${anchor ? ` (${anchor})` : ''}: the article states none of its own.`;
  }
}
