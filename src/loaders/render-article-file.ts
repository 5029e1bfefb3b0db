/**
 * The per-article work of the articles loader that needs nothing from Astro: split the
 * generated MDX file, parse its YAML frontmatter, render its body (src/lib/render-body.ts)
 * and write the body to the body folder. Runs inline or on a worker thread (render-pool.ts).
 */
import { parse as parseYaml } from 'yaml';
import { writeArticleBody } from '../lib/article-bodies.ts';
import { renderArticleBody } from '../lib/render-body.ts';

export interface RenderJob {
  /** The file's path relative to the site root (for messages and the entry). */
  relPath: string;
  text: string;
  digest: string;
}

/** Splits a generated MDX file into its YAML frontmatter and its body. */
export function splitFrontmatter(
  text: string,
  file: string,
): { frontmatter: string; body: string; bodyLineOffset: number } {
  if (!text.startsWith('---\n')) throw new Error(`${file}:1: expected YAML frontmatter opening with ---`);
  const end = text.indexOf('\n---\n', 3);
  if (end === -1) throw new Error(`${file}: frontmatter is not closed by a --- line`);
  const frontmatter = text.slice(4, end + 1);
  const body = text.slice(end + 5);
  const bodyLineOffset = text.slice(0, end + 5).split('\n').length - 1;
  return { frontmatter, body, bodyLineOffset };
}

/** Renders the article's body into `bodiesFolder` and returns its raw frontmatter. */
export function renderArticleFile(job: RenderJob, bodiesFolder: string): Record<string, unknown> {
  const { frontmatter, body, bodyLineOffset } = splitFrontmatter(job.text, job.relPath);
  const raw = parseYaml(frontmatter) as Record<string, unknown>;
  writeArticleBody(bodiesFolder, job.digest, renderArticleBody(body, job.relPath, bodyLineOffset));
  return raw;
}
