/**
 * Content collections. `articles` holds the generated article MDX files, validated with the
 * same schema the ingest validated them with before writing.
 */
import { defineCollection } from 'astro:content';
import { articleSchema } from './lib/article-schema.ts';
import { articlesLoader } from './loaders/articles-loader.ts';

const articles = defineCollection({
  loader: articlesLoader({ dir: process.env.ARCHIVE_ARTICLES_DIR ?? 'content/articles' }),
  schema: articleSchema,
});

export const collections = { articles };
