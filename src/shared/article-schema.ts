/**
 * The one article schema. The ingest validates every article against it before writing
 * MDX frontmatter, and the Astro content collection validates the same frontmatter at
 * build time (src/content.config.ts), so the two can never drift apart.
 */
import { z } from 'zod';
import { DATE_BASES, DATE_PRECISIONS, PARTIAL_DATE_PATTERN } from './article-date.ts';

/** A URL path segment: lowercase ASCII letters and digits separated by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Longest slug an article may have: what the schema, the URL registry and `npm run registry
 * -- rename` accept. Slugs made from titles are shorter (MAX_TITLE_SLUG_LENGTH, slug.ts).
 */
export const MAX_SLUG_LENGTH = 80;

/**
 * Permanent article id: 10 lowercase base-32 characters (`shortHash`, hash.ts), the content
 * id of the article's first version (scripts/ingest/enrich.ts), salted if an entry had it.
 */
export const ARTICLE_ID_PATTERN = /^[a-z2-7]{10}$/;

/** The database-export formats the ingest reads (scripts/ingest/formats/). */
export const EXPORT_FORMATS = [
  'nexis-uni',
  'lexisnexis',
  'factiva-text',
  'factiva-html',
  'proquest',
] as const;

export const provenanceSchema = z.object({
  /** Input file, relative to the input root it was found under (POSIX separators). */
  file: z.string().min(1),
  /** 1-based line of the article's title in that file. */
  startLine: z.number().int().positive(),
  /** 1-based last line that belongs to the article (its footer when it has one). */
  endLine: z.number().int().positive(),
  /** 0-based position of the article among the articles of its file. */
  index: z.number().int().nonnegative(),
  /** The database-export format the file was read as (absent: a plain-text dump or file). */
  format: z.enum(EXPORT_FORMATS).optional(),
});

/** A name the database gives an article (subject, person, place …), with its relevance. */
export const termSchema = z
  .object({
    name: z.string().min(1),
    /** Relevance in percent, when the export states one. */
    relevance: z.number().min(0).max(100).optional(),
  })
  .strict();

/** `YYYY-MM-DD`, optionally with `THH:MM[:SS]` and a zone (`Z` or `±HH:MM`). */
export const DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** A link the page may show: http, https or mailto only. */
const safeUrl = z
  .string()
  .regex(/^(?:https?:\/\/|mailto:)\S+$/i, 'only http, https and mailto links are kept');

/** A person, place or organisation an article names: its canonical name and page slug (src/shared/entities.ts). */
export const entityRefSchema = z
  .object({
    /** The canonical display name, after aliases are merged across the archive. */
    name: z.string().min(1),
    /** The entity page's slug, unique per kind: `/people/<slug>/` … */
    slug: z.string().max(MAX_SLUG_LENGTH).regex(SLUG_PATTERN),
  })
  .strict();

export type EntityRef = z.infer<typeof entityRefSchema>;

export const articleSchema = z
  .object({
    /** Permanent id, stable across rebuilds; short links are `/a/<id>/`. */
    id: z.string().regex(ARTICLE_ID_PATTERN),
    /** The title exactly as written in the input (whitespace collapsed). */
    title: z.string().min(1),
    /** URL slug: the page lives at `/articles/<slug>/`. */
    slug: z.string().max(MAX_SLUG_LENGTH).regex(SLUG_PATTERN),
    /** Publisher, from the footer (`Source: …` or the copyright holder). */
    source: z.string().min(1).optional(),
    /** The footer line, verbatim, when the article has one. */
    footer: z.string().min(1).optional(),
    /** The copyright line, verbatim, when the footer is one. */
    copyright: z.string().min(1).optional(),
    /** Section (e.g. the folder an article file was found in), when known. */
    section: z.string().min(1).optional(),
    /**
     * Publication date as precise as it is known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (sorts as
     * a string; src/shared/article-date.ts). Absent: no date was found.
     */
    date: z.string().regex(PARTIAL_DATE_PATTERN).optional(),
    /** How much of `date` is known (`year`, `month`, `day`); present iff `date` is. */
    datePrecision: z.enum(DATE_PRECISIONS).optional(),
    /** Where `date` came from (see DateBasis in src/shared/article-date.ts); present iff `date` is. */
    dateBasis: z.enum(DATE_BASES).optional(),
    /** The words of the text the date was read or resolved from (`on Tuesday`, `18 October 2022`). */
    dateEvidence: z.string().min(1).optional(),
    /** The date that relative words were resolved against (`relative`, `neighbours`). */
    dateAnchor: z.string().regex(PARTIAL_DATE_PATTERN).optional(),
    /** Publication date and time as the export states it (see DATE_TIME_PATTERN), when it gives a time. */
    dateTime: z.string().regex(DATE_TIME_PATTERN).optional(),
    /** BCP-47 language code of the article's text (`en`, `de`, `ko`). */
    language: z.string().regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/),
    /** Where the language came from: the export's metadata, or detected from the text. */
    languageBasis: z.enum(['export', 'detected', 'site']),
    /** The authors, one name each, when the export names them. */
    authors: z.array(z.string().min(1)).optional(),
    /** The byline as stated. */
    byline: z.string().min(1).optional(),
    page: z.string().min(1).optional(),
    edition: z.string().min(1).optional(),
    /** The dateline (`DUSHANBE, Oct. 18`) as stated. */
    dateline: z.string().min(1).optional(),
    /** The word count the export states (the page's own count is `wordCount`). */
    statedWordCount: z.number().int().nonnegative().optional(),
    /** The database's classification of the article. */
    subjects: z.array(termSchema).optional(),
    organisations: z.array(termSchema).optional(),
    persons: z.array(termSchema).optional(),
    places: z.array(termSchema).optional(),
    industries: z.array(termSchema).optional(),
    /** People, places and organisations the article names (scripts/ingest/entities/). */
    entities: z
      .object({
        people: z.array(entityRefSchema).optional(),
        places: z.array(entityRefSchema).optional(),
        organisations: z.array(entityRefSchema).optional(),
      })
      .strict()
      .optional(),
    /** The database's own id of the document. */
    documentId: z.string().min(1).optional(),
    /** The document's address at the database or the publisher. */
    url: safeUrl.optional(),
    /** The day the database loaded the document. */
    loadDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    /** Highlight, abstract or lead the export gives apart from the body. */
    abstract: z.string().min(1).optional(),
    /** Publication or document type as the export states it. */
    documentType: z.string().min(1).optional(),
    /** Plain-text summary from the opening of the article. */
    description: z.string(),
    /** Words in the title and body. */
    wordCount: z.number().int().nonnegative(),
    /** Reading time in whole minutes (at least 1). */
    readingMinutes: z.number().int().positive(),
    provenance: provenanceSchema,
    /** Further places the same document was found (an export that holds it twice). */
    alsoIn: z.array(provenanceSchema).optional(),
    /** Other reports of the same event: their ids, most alike first (scripts/ingest/related/). */
    sameEvent: z.array(z.string().regex(ARTICLE_ID_PATTERN)).optional(),
    /** Related articles (not the same event): their ids, best first, at most five. */
    related: z.array(z.string().regex(ARTICLE_ID_PATTERN)).max(5).optional(),
  })
  .strict()
  .superRefine((article, ctx) => {
    // A date always says how precise it is and where it came from; no date, neither.
    const dated = article.date !== undefined;
    for (const field of ['datePrecision', 'dateBasis'] as const) {
      if ((article[field] !== undefined) !== dated) {
        ctx.addIssue({ code: 'custom', path: [field], message: `${field} is present iff date is` });
      }
    }
    if (dated && article.datePrecision !== undefined) {
      const length = { year: 4, month: 7, day: 10 }[article.datePrecision];
      if (article.date!.length !== length) {
        ctx.addIssue({ code: 'custom', path: ['datePrecision'], message: 'does not match the date' });
      }
    }
  });

export type ArticleFrontmatter = z.infer<typeof articleSchema>;
