/**
 * The per-article work of the articles loader that needs nothing from Astro: split the
 * generated MDX file (src/shared/mdx-file.ts), parse its YAML frontmatter, render its body
 * (src/loaders/render-body.ts) and write the body to the body folder. Runs inline or on a
 * worker thread (render-pool.ts).
 */
import { parse as parseYaml } from 'yaml';
import { splitMdxFile } from '../shared/mdx-file.ts';
import { writeArticleBody } from '../lib/article-bodies.ts';
import { renderArticleBody } from './render-body.ts';

export interface RenderJob {
  /** The file's path relative to the site root (for messages and the entry). */
  relPath: string;
  text: string;
  digest: string;
}

/** Renders the article's body into `bodiesFolder` and returns its raw frontmatter. */
export function renderArticleFile(job: RenderJob, bodiesFolder: string): Record<string, unknown> {
  const { frontmatter, body, bodyLineOffset } = splitMdxFile(job.text, job.relPath);
  const raw = parseYaml(frontmatter) as Record<string, unknown>;
  writeArticleBody(bodiesFolder, job.digest, renderArticleBody(body, job.relPath, bodyLineOffset));
  return raw;
}
