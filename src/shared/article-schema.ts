/**
 * The one article schema. The ingest validates every article against it before writing
 * MDX frontmatter, and the Astro content collection validates the same frontmatter at
 * build time (src/content.config.ts), so the two can never drift apart.
 */
import { z } from 'zod';

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

export const provenanceSchema = z.object({
  /** Input file, relative to the input root it was found under (POSIX separators). */
  file: z.string().min(1),
  /** 1-based line of the article's title in that file. */
  startLine: z.number().int().positive(),
  /** 1-based last line that belongs to the article (its footer when it has one). */
  endLine: z.number().int().positive(),
  /** 0-based position of the article among the articles of its file. */
  index: z.number().int().nonnegative(),
});

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
    /** Publication date (YYYY-MM-DD), when known. */
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    /** Plain-text summary from the opening of the article. */
    description: z.string(),
    /** Words in the title and body. */
    wordCount: z.number().int().nonnegative(),
    /** Reading time in whole minutes (at least 1). */
    readingMinutes: z.number().int().positive(),
    provenance: provenanceSchema,
  })
  .strict();

export type ArticleFrontmatter = z.infer<typeof articleSchema>;
