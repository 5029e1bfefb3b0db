/**
 * Content collections. `articles` holds the generated article MDX files, validated with the
 * same schema the ingest validated them with before writing.
 */
import { defineCollection } from 'astro:content';
import options from 'virtual:news-archive/options';
import { articleSchema } from './shared/article-schema.ts';
import { articlesLoader } from './loaders/articles-loader.ts';

const articles = defineCollection({
  loader: articlesLoader({
    dir: options.articlesDir,
    bodiesDir: options.bodiesDir,
    renderPoolThreshold: options.renderPoolThreshold,
  }),
  schema: articleSchema,
});

export const collections = { articles };
